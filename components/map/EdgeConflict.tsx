"use client";

import type { EdgeConflictVersion } from "@/lib/graph/types";

const kindLabel = (kind: string) => (kind === "oppose" ? "opposes" : kind === "undercut" ? "objects to an edge" : "supports");

export interface EdgeDraft {
  kind: string;
  note: string;
}

/**
 * A refused save shown as two versions side by side: what the other person saved and what this
 * person wrote (still in the form below). Keeping mine means saving again; using theirs discards the draft.
 */
export function EdgeConflict({ theirs, mine, busy, onUseTheirs }: { theirs: EdgeConflictVersion; mine: EdgeDraft; busy: boolean; onUseTheirs: () => void }) {
  const evidence = theirs.evidence;
  return (
    <div className="alert alert-warning version-compare" role="alert" data-testid="edge-conflict">
      <strong>{theirs.changedBy ? `${theirs.changedBy} changed this edge meanwhile.` : "Someone else changed this edge meanwhile."}</strong>
      <p className="version-compare-lead">Nothing was saved. Compare, edit yours below if you like, then save it again, or use theirs.</p>
      <div className="version-columns">
        <section aria-label="Their version" data-testid="edge-conflict-theirs">
          <h4>Their version</h4>
          <p><span className="faint">Kind </span>{kindLabel(theirs.kind)}</p>
          <p><span className="faint">Why </span>{theirs.note || <em className="faint">no note</em>}</p>
          <p className="faint">{evidence.length === 0 ? "No evidence." : `Evidence (${evidence.length}):`}</p>
          {evidence.length > 0 && (
            <ul>
              {evidence.map((e) => (
                <li key={e.id}>
                  {e.quote ? `“${e.quote.exact}” (${e.quote.sourceAuthor})` : null}
                  {e.quote && e.note ? " — " : null}
                  {e.note}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-label="Your version" data-testid="edge-conflict-mine">
          <h4>Your version</h4>
          <p><span className="faint">Kind </span>{kindLabel(mine.kind)}</p>
          <p><span className="faint">Why </span>{mine.note || <em className="faint">no note</em>}</p>
        </section>
      </div>
      <button className="btn btn-sm" type="button" onClick={onUseTheirs} disabled={busy}>Use theirs (discard mine)</button>
    </div>
  );
}
