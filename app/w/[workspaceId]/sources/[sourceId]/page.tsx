import type { Metadata } from "next";
import { Suspense } from "react";
import { Reader } from "@/components/reader/Reader";
import { can } from "@/lib/permissions";
import { loadForPage, requirePageUser } from "@/lib/server/pages";
import { getSource } from "@/lib/server/services/sources/get-source";
import { getWorkspace } from "@/lib/server/services/workspaces/get-workspace";

export const metadata: Metadata = { title: "Reader" };

export default async function SourcePage({
  params,
  searchParams,
}: {
  params: Promise<{ workspaceId: string; sourceId: string }>;
  searchParams: Promise<{ revision?: string }>;
}) {
  const { workspaceId, sourceId } = await params;
  const { revision } = await searchParams;
  const user = await requirePageUser(`/w/${workspaceId}/sources/${sourceId}`);
  // A malformed ?revision= shows the current one rather than an error page.
  const requested = revision !== undefined && /^\d+$/.test(revision) ? Number(revision) : undefined;
  const [workspace, source] = await loadForPage(() =>
    Promise.all([getWorkspace(user, workspaceId), getSource(user, workspaceId, sourceId, { revision: requested })]),
  );
  return (
    <Suspense>
      <Reader
        key={source.revisionId}
        source={source}
        canEdit={source.isCurrent && can(workspace.role, "claim:write")}
        canRevise={can(workspace.role, "source:write")}
      />
    </Suspense>
  );
}
