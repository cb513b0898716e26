import type { Metadata } from "next";
import Link from "next/link";
import "@/components/brief/brief.css";
import { SEMANTICS_LABEL, type BriefSemantics } from "@/lib/brief";
import { can } from "@/lib/permissions";
import { loadForPage, requirePageUser } from "@/lib/server/pages";
import { listBriefs } from "@/lib/server/services/briefs/list-briefs";
import { listDebates, type DebateView } from "@/lib/server/services/debates/list-debates";
import { RevealButton } from "@/components/debate/RevealButton";
import { getWorkspace } from "@/lib/server/services/workspaces/get-workspace";

export const metadata: Metadata = { title: "Debate briefs" };

export default async function BriefsPage({ params }: { params: Promise<{ workspaceId: string }> }) {
  const { workspaceId } = await params;
  const user = await requirePageUser(`/w/${workspaceId}/briefs`);
  const [workspace, briefs, debates] = await loadForPage(() => Promise.all([getWorkspace(user, workspaceId), listBriefs(user, workspaceId), listDebates(user, workspaceId)]));
  return (
    <div className="page brief-list-page">
      <div className="page-head">
        <div>
          <h1>Debate briefs</h1>
          <p className="muted">Each brief takes a claim as the motion and one side, and gathers the case, the objections to expect, their answers and the gaps, from the live map.</p>
        </div>
      </div>
      {(debates.length > 0 || can(workspace.role, "debate:manage")) && (
        <section aria-labelledby="group-debates">
          <h2 id="group-debates" className="debate-section-title">Group debates</h2>
          {debates.length === 0 ? (
            <p className="muted debate-hidden-note" style={{ marginBottom: 24 }}>
              To assign members to sides, open the <Link href={`/w/${workspaceId}/map`}>argument map</Link>, click the motion’s claim and choose <strong>Set up a group debate…</strong> in its panel.
            </p>
          ) : (
            <ul className="debate-index">
              {debates.map((d) => <DebateCard key={d.id} workspaceId={workspaceId} debate={d} />)}
            </ul>
          )}
        </section>
      )}
      {debates.length > 0 && <h2 className="debate-section-title">All briefs you can open</h2>}
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
                <span className={`brief-side brief-side-${b.side}`}>{b.side === "for" ? "For" : "Against"}</span>
                {b.debate ? ` · group debate${b.debate.revealed ? ", revealed" : ""}` : ""} · {SEMANTICS_LABEL[b.semantics as BriefSemantics] ?? b.semantics}
                {b.timeLimitMinutes ? ` · ${b.timeLimitMinutes} min` : ""} · by {b.isMine ? "you" : b.author} · {b.snapshots} snapshot{b.snapshots === 1 ? "" : "s"}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

const SIDE_LABEL = { for: "For the motion", against: "Against the motion" } as const;

/** One group debate: the teams, the briefs the reader may open, and the owner's actions. */
function DebateCard({ workspaceId, debate }: { workspaceId: string; debate: DebateView }) {
  return (
    <li id={`debate-${debate.id}`} className="card debate-card" data-testid="debate-card">
      <div className="debate-card-head">
        <p className="brief-index-thesis" style={{ margin: 0 }}>{debate.thesis.deleted ? <em>The motion’s claim was deleted.</em> : debate.thesis.text}</p>
        <span className={`debate-state${debate.revealedAt ? " debate-state-revealed" : ""}`}>
          {debate.revealedAt ? `Revealed ${new Date(debate.revealedAt).toISOString().slice(0, 10)}` : "Briefs private to each side"}
        </span>
      </div>
      <div className="debate-teams">
        {(["for", "against"] as const).map((side) => {
          const brief = debate.briefs.find((b) => b.side === side);
          const team = debate.sides[side];
          return (
            <div key={side} className="debate-team">
              <h3>{SIDE_LABEL[side]}{debate.yourSide === side ? " · your side" : ""}</h3>
              <p>
                {team.length === 0 ? <span className="faint">Nobody yet</span> : team.map((m, i) => (
                  <span key={m.memberId} className={m.isYou ? "debate-team-you" : undefined}>{i > 0 ? ", " : ""}{m.isYou ? `${m.name} (you)` : m.name}</span>
                ))}
              </p>
              {brief ? (
                <Link href={`/w/${workspaceId}/briefs/${brief.id}`}>Open the brief {side === "for" ? "for" : "against"} the motion</Link>
              ) : (
                <p className="faint debate-hidden-note">Brief hidden until an owner reveals both.</p>
              )}
            </div>
          );
        })}
      </div>
      {debate.mayManage && (
        <div className="debate-card-actions">
          <Link className="btn btn-sm" href={`/w/${workspaceId}/debates/${debate.id}`}>Change sides</Link>
          {!debate.revealedAt && <RevealButton workspaceId={workspaceId} debateId={debate.id} version={debate.version} motion={debate.thesis.text} />}
        </div>
      )}
    </li>
  );
}
