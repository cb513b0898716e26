import type { Metadata } from "next";
import Link from "next/link";
import { BriefDocument } from "@/components/brief/BriefDocument";
import { PrintButton, SnapshotButton } from "@/components/brief/BriefActions";
import "@/components/brief/brief.css";
import { BRIEF_SEMANTICS, SEMANTICS_LABEL } from "@/lib/brief";
import { loadForPage, requirePageUser } from "@/lib/server/pages";
import { getBrief } from "@/lib/server/services/briefs/get-brief";
import { getSnapshot } from "@/lib/server/services/briefs/snapshots";

export const metadata: Metadata = { title: "Debate brief" };

const when = (iso: string) => new Date(iso).toISOString().slice(0, 16).replace("T", " ") + " UTC";

export default async function BriefPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspaceId: string; briefId: string }>;
  searchParams: Promise<{ semantics?: string; snapshot?: string }>;
}) {
  const { workspaceId, briefId } = await params;
  const { semantics: asked, snapshot: snapshotId } = await searchParams;
  const user = await requirePageUser(`/w/${workspaceId}/briefs/${briefId}`);
  const semantics = (BRIEF_SEMANTICS as readonly string[]).includes(asked ?? "") ? asked : null;
  const [brief, snapshot] = await loadForPage(() =>
    Promise.all([getBrief(user, workspaceId, briefId, { semantics }), snapshotId ? getSnapshot(user, workspaceId, briefId, snapshotId) : Promise.resolve(null)]),
  );
  const base = `/w/${workspaceId}/briefs/${briefId}`;
  const shown = snapshot?.content ?? brief.computed;
  const exportHref = `/api/workspaces/${workspaceId}/briefs/${briefId}/export${snapshot ? `?snapshot=${snapshot.id}` : semantics ? `?semantics=${semantics}` : ""}`;

  return (
    <div className="page brief-page">
      <div className="brief-toolbar no-print" role="toolbar" aria-label="Brief actions">
        <Link href={`/w/${workspaceId}/briefs`} className="btn btn-sm btn-ghost">← All briefs</Link>
        {snapshot && <Link href={base} className="btn btn-sm">Back to the live brief</Link>}
        <span className="brief-toolbar-spacer" />
        {!snapshot && brief.computed && brief.may.snapshot && <SnapshotButton workspaceId={workspaceId} briefId={briefId} />}
        {shown && <a className="btn btn-sm" href={exportHref} download>Download Markdown</a>}
        {shown && <PrintButton />}
        {!snapshot && brief.computed && brief.computed.objections.length > 0 && (
          <Link className="btn btn-sm btn-primary" href={`${base}/drill`}>Drill the objections</Link>
        )}
      </div>

      {snapshot && (
        <div className="alert alert-info no-print" role="status">
          A snapshot, read-only: the brief as it was on {when(snapshot.takenAt)}, taken by {snapshot.takenBy}. The live brief follows the map.
        </div>
      )}

      {brief.debate && (
        <div className="alert alert-info no-print brief-debate-note" role="status">
          <strong>Group debate{brief.debate.yourSide ? `: you argue ${brief.debate.yourSide} the motion` : ""}.</strong>{" "}
          {brief.debate.revealed
            ? "Both sides’ briefs are revealed: every member can read them."
            : "Only this side and the workspace’s owners can open this brief until an owner reveals both. The map is shared, so claims either side adds appear there for everyone."}
        </div>
      )}

      {shown ? (
        <BriefDocument
          workspaceId={workspaceId}
          title={snapshot?.title ?? brief.title}
          brief={shown}
          timeLimitMinutes={brief.timeLimitMinutes}
          provenance={snapshot ? `Snapshot taken ${when(snapshot.takenAt)} by ${snapshot.takenBy}` : `Computed from the live map ${when(brief.computedAt)}`}
          summaryControls={
            snapshot ? null : (
              <div className="brief-semantics no-print" role="group" aria-label="Strengths by">
                <span className="brief-semantics-label">Strengths by</span>
                {BRIEF_SEMANTICS.map((s) => (
                  <Link key={s} href={`${base}?semantics=${s}`} aria-current={shown.semantics === s ? "true" : undefined} className="brief-seg">
                    {SEMANTICS_LABEL[s]}
                  </Link>
                ))}
              </div>
            )
          }
        />
      ) : (
        <div className="card brief-missing">
          <h1>{brief.title}</h1>
          <p>The claim this brief debates has been deleted. An owner can restore it from the <Link href={`/w/${workspaceId}/trash`}>trash</Link>; its snapshots below still open.</p>
        </div>
      )}

      {brief.snapshots.length > 0 && (
        <aside className="brief-snapshots no-print" aria-labelledby="brief-snapshots-title">
          <h2 id="brief-snapshots-title">Snapshots</h2>
          <ul>
            {brief.snapshots.map((s) => (
              <li key={s.id}>
                <Link href={`${base}?snapshot=${s.id}`} aria-current={snapshot?.id === s.id ? "page" : undefined}>{when(s.takenAt)}</Link> <span className="faint">by {s.takenBy}</span>
              </li>
            ))}
          </ul>
        </aside>
      )}
    </div>
  );
}
