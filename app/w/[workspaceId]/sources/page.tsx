import type { Metadata } from "next";
import Link from "next/link";
import { ImportSourceForm } from "@/components/sources/ImportSourceForm";
import { can } from "@/lib/permissions";
import { sourceColor } from "@/lib/graph/palette";
import { loadForPage, requirePageUser } from "@/lib/server/pages";
import { listSources } from "@/lib/server/services/sources/list-sources";
import { getWorkspace } from "@/lib/server/services/workspaces/get-workspace";
import "@/components/reader/reader-review.css";

export const metadata: Metadata = { title: "Sources" };

export default async function SourcesPage({ params }: { params: Promise<{ workspaceId: string }> }) {
  const { workspaceId } = await params;
  const user = await requirePageUser(`/w/${workspaceId}/sources`);
  const [workspace, sources] = await loadForPage(() => Promise.all([getWorkspace(user, workspaceId), listSources(user, workspaceId)]));
  const canImport = can(workspace.role, "source:write");
  return (
    <div className="page">
      <div className="page-head">
        <div>
          <h1>Sources</h1>
          <p className="muted">The texts this workspace reads. Open one to read it and mark its claims.</p>
        </div>
      </div>
      <div style={{ display: "grid", gridTemplateColumns: canImport ? "minmax(0,1fr) minmax(0,400px)" : "1fr", gap: 24, alignItems: "start" }} className="sources-grid">
        <div className="source-list">
          {sources.length === 0 && (
            <div className="card empty">
              <h2>No texts yet</h2>
              <p>{canImport ? "Import a text or paste one to start." : "An editor of this workspace can import texts."}</p>
            </div>
          )}
          {sources.map((s) => (
            <Link key={s.id} href={`/w/${workspaceId}/sources/${s.id}`} className="card source-row" data-testid="source-row">
              <span className="bar" style={{ background: sourceColor(s.colorIndex) }} aria-hidden="true" />
              <span>
                <span className="title">{s.title}</span>
                <span className="muted" style={{ display: "block", fontSize: 14 }}>
                  {s.author}
                  {s.year ? `, ${s.year}` : ""}
                </span>
              </span>
              <span className="faint" style={{ textAlign: "right" }}>
                {s.claimCount} {s.claimCount === 1 ? "claim" : "claims"}
                <br />
                {Math.round(s.characters / 1000)}k characters
                {s.revisionCount > 1 && (
                  <>
                    <br />
                    revision {s.revisionCount}
                  </>
                )}
                {s.reviewCount > 0 && (
                  <>
                    <br />
                    <span className="source-review-badge" data-testid="review-badge">
                      {s.reviewCount} to review
                    </span>
                  </>
                )}
              </span>
            </Link>
          ))}
        </div>
        {canImport && <ImportSourceForm workspaceId={workspaceId} />}
      </div>
    </div>
  );
}
