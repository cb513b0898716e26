import type { Metadata } from "next";
import { ArgumentMap } from "@/components/map/ArgumentMap";
import { can } from "@/lib/permissions";
import { loadForPage, requirePageUser } from "@/lib/server/pages";
import { getMap } from "@/lib/server/services/map/get-map";

export const metadata: Metadata = { title: "Argument map" };

export default async function MapPage({ params, searchParams }: { params: Promise<{ workspaceId: string }>; searchParams: Promise<{ claim?: string }> }) {
  const { workspaceId } = await params;
  const { claim } = await searchParams;
  const user = await requirePageUser(`/w/${workspaceId}/map`);
  const map = await loadForPage(() => getMap(user, workspaceId));
  return <ArgumentMap initial={map} canEdit={can(map.role, "claim:write")} focusClaimId={claim ?? null} />;
}
