"use client";

import { Handle, Position, type NodeProps } from "@xyflow/react";
import { memo } from "react";
import { ClaimStubs } from "./ClaimStubs";
import { FoldToggle } from "./FoldToggle";
import { NodeVerdict } from "./NodeVerdict";
import { commentCountLabel, type ClaimFlowNode } from "./to-flow";

/** A shape per claim type, so the type never rests on colour (the filters use the same marks). */
export const TYPE_ICON: Record<string, string> = { thesis: "◆", premise: "●", evidence: "▤", objection: "✕", unstated: "◌" };

/** The group's stances in a few characters; nothing when there are none to show. */
function NodeStances({ tally }: { tally: ClaimFlowNode["data"]["claim"]["stances"] }) {
  if (tally.hidden || tally.agree + tally.disagree + tally.unsure === 0) return null;
  const label = `Stances: ${tally.agree} agree, ${tally.disagree} disagree, ${tally.unsure} unsure`;
  return (
    <div className="node-stances" role="img" aria-label={label} title={label} data-testid="node-stances">
      <span className="agree">✓ {tally.agree}</span>
      <span className="disagree">✗ {tally.disagree}</span>
      <span className="unsure">? {tally.unsure}</span>
    </div>
  );
}

/** A claim card: source colour bar, author and year, type, and up to four lines of text. */
export const ClaimNode = memo(function ClaimNode({ data, selected }: NodeProps<ClaimFlowNode>) {
  const { claim, color, comments, verdict, fold, stubs } = data;
  const who = claim.source ? `${claim.source.author}${claim.source.year ? ` ${claim.source.year}` : ""}` : "Own claim";
  return (
    <>
    <div
      className={`claim-node ${claim.type}${selected ? " selected" : ""}${verdict?.kind === "status" ? ` is-${verdict.status}` : ""}`}
      style={{ "--src": color } as React.CSSProperties}
      title={claim.text}
      data-testid="claim-node"
      data-claim-id={claim.id}
    >
      <Handle type="target" position={Position.Bottom} title="Drop here to connect to this claim" />
      <span className="bar" aria-hidden="true" />
      <div className="body">
        <div className="head">
          <span className="who">{who}</span>
          <span className="type">
            <span aria-hidden="true">{TYPE_ICON[claim.type] ?? "●"} </span>
            {claim.type}
          </span>
          {comments && comments.total > 0 && (
            <span className={`comment-badge${comments.unread > 0 ? " has-unread" : ""}`} role="img" aria-label={commentCountLabel(comments)} title={commentCountLabel(comments)} data-testid="comment-badge">
              <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true"><path d="M2.5 3.5h11v7h-6l-3 2.5v-2.5h-2z" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" /></svg>
              {comments.total}
              {comments.unread > 0 && <span className="comment-unread">{comments.unread}</span>}
            </span>
          )}
        </div>
        {claim.wordings ? (
          // The merged view: one card for the proposition, every author's wording with its attribution.
          <>
            <span className="proposition-tag"><span aria-hidden="true">= </span>one proposition, {claim.wordings.length} wordings</span>
            <ul className="wordings" data-testid="merged-wordings">
              {claim.wordings.map((w) => (
                <li key={w.id} data-testid="merged-wording">
                  <span className="equivalence-who">{w.source ? `${w.source.author}${w.source.year ? ` ${w.source.year}` : ""}` : "Own claim"}</span>
                  <span className="text">{w.text}</span>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <div className="text">{claim.text}</div>
        )}
        <NodeStances tally={claim.stances} />
        {verdict && <NodeVerdict verdict={verdict} />}
        {fold && <FoldToggle claimId={claim.id} fold={fold} />}
      </div>
      <Handle type="source" position={Position.Top} title="Drag to connect this claim to another" />
    </div>
    {stubs && stubs.length > 0 && <ClaimStubs stubs={stubs} />}
    </>
  );
});
