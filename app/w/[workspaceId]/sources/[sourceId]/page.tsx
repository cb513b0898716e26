import type { Metadata } from "next";
import { Suspense } from "react";
import { Reader } from "@/components/reader/Reader";
import { can } from "@/lib/permissions";
import { loadForPage, requirePageUser } from "@/lib/server/pages";
import { getSource } from "@/lib/server/services/sources/get-source";
import { getWorkspace } from "@/lib/server/services/workspaces/get-workspace";

export const metadata: Metadata = { title: "Reader" };

export default async function SourcePage({ params }: { params: Promise<{ workspaceId: string; sourceId: string }> }) {
  const { workspaceId, sourceId } = await params;
  const user = await requirePageUser(`/w/${workspaceId}/sources/${sourceId}`);
  const [workspace, source] = await loadForPage(() => Promise.all([getWorkspace(user, workspaceId), getSource(user, workspaceId, sourceId)]));
  return (
    <Suspense>
      <Reader source={source} canEdit={can(workspace.role, "claim:write")} />
    </Suspense>
  );
}
