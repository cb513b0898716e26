import type { Metadata } from "next";
import Link from "next/link";
import { ReviseSourceForm } from "@/components/sources/ReviseSourceForm";
import { can } from "@/lib/permissions";
import { loadForPage, requirePageUser } from "@/lib/server/pages";
import { getSource } from "@/lib/server/services/sources/get-source";
import { getWorkspace } from "@/lib/server/services/workspaces/get-workspace";
import "@/components/reader/reader-review.css";

export const metadata: Metadata = { title: "Revise a text" };

export default async function ReviseSourcePage({ params }: { params: Promise<{ workspaceId: string; sourceId: string }> }) {
  const { workspaceId, sourceId } = await params;
  const user = await requirePageUser(`/w/${workspaceId}/sources/${sourceId}/revise`);
  const [workspace, source] = await loadForPage(() => Promise.all([getWorkspace(user, workspaceId), getSource(user, workspaceId, sourceId)]));
  const mayRevise = can(workspace.role, "source:write");
  return (
    <div className="page">
      <div className="page-head">
        <div>
          <p className="muted" style={{ margin: 0 }}>
            <Link href={`/w/${workspaceId}/sources/${sourceId}`}>← {source.title}</Link>
          </p>
          <h1>Revise “{source.title}”</h1>
          <p className="muted">
            {source.author}
            {source.year ? `, ${source.year}` : ""} · now at revision {source.revisionNumber}
          </p>
        </div>
      </div>
      {mayRevise ? (
        <ReviseSourceForm workspaceId={workspaceId} sourceId={sourceId} version={source.version} revisionNumber={source.revisionNumber} text={source.text} />
      ) : (
        <div className="card empty">
          <h2>Only editors can revise a text</h2>
          <p>Your role in this workspace is {workspace.role}. Ask an owner for editor access.</p>
        </div>
      )}
    </div>
  );
}
