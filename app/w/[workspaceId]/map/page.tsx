import type { Metadata } from "next";
import { ArgumentMap } from "@/components/map/ArgumentMap";
import { compactMap } from "@/lib/graph/map-wire";
import { can } from "@/lib/permissions";
import { loadForPage, requirePageUser } from "@/lib/server/pages";
import { getMap } from "@/lib/server/services/map/get-map";

export const metadata: Metadata = { title: "Argument map" };

export default async function MapPage({ params, searchParams }: { params: Promise<{ workspaceId: string }>; searchParams: Promise<{ claim?: string }> }) {
  const { workspaceId } = await params;
  const { claim } = await searchParams;
  const user = await requirePageUser(`/w/${workspaceId}/map`);
  const map = await loadForPage(() => getMap(user, workspaceId));
  // The compact form: the full one cost more to serialise into the page than to read (lib/graph/map-wire.ts).
  return <ArgumentMap initial={compactMap(map)} canEdit={can(map.role, "claim:write")} focusClaimId={claim ?? null} />;
}
