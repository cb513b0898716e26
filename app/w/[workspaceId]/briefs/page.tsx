import type { Metadata } from "next";
import Link from "next/link";
import "@/components/brief/brief.css";
import { SEMANTICS_LABEL, type BriefSemantics } from "@/lib/brief";
import { can } from "@/lib/permissions";
import { loadForPage, requirePageUser } from "@/lib/server/pages";
import { listBriefs } from "@/lib/server/services/briefs/list-briefs";
import { getWorkspace } from "@/lib/server/services/workspaces/get-workspace";

export const metadata: Metadata = { title: "Debate briefs" };

export default async function BriefsPage({ params }: { params: Promise<{ workspaceId: string }> }) {
  const { workspaceId } = await params;
  const user = await requirePageUser(`/w/${workspaceId}/briefs`);
  const [workspace, briefs] = await loadForPage(() => Promise.all([getWorkspace(user, workspaceId), listBriefs(user, workspaceId)]));
  return (
    <div className="page brief-list-page">
      <div className="page-head">
        <div>
          <h1>Debate briefs</h1>
          <p className="muted">Each brief takes a claim as the motion and one side, and gathers the case, the objections to expect, their answers and the gaps, from the live map.</p>
        </div>
      </div>
      {briefs.length === 0 ? (
        <div className="card brief-empty-state">
          <p>No briefs yet.</p>
          <p className="muted">
            {can(workspace.role, "brief:write") ? (
              <>Open the <Link href={`/w/${workspaceId}/map`}>argument map</Link>, click the claim you will debate and choose <strong>Prepare a debate…</strong> in its panel.</>
            ) : (
              <>Commenters, editors and owners can prepare briefs; your role can read them.</>
            )}
          </p>
        </div>
      ) : (
        <ul className="brief-index">
          {briefs.map((b) => (
            <li key={b.id} className="card">
              <Link href={`/w/${workspaceId}/briefs/${b.id}`} className="brief-index-title">{b.title}</Link>
              <p className="brief-index-thesis">{b.thesis.deleted ? <em>The motion’s claim was deleted.</em> : b.thesis.text}</p>
              <p className="faint">
                <span className={`brief-side brief-side-${b.side}`}>{b.side === "for" ? "For" : "Against"}</span> · {SEMANTICS_LABEL[b.semantics as BriefSemantics] ?? b.semantics}
                {b.timeLimitMinutes ? ` · ${b.timeLimitMinutes} min` : ""} · by {b.isMine ? "you" : b.author} · {b.snapshots} snapshot{b.snapshots === 1 ? "" : "s"}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
