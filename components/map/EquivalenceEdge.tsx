"use client";

import { BaseEdge, EdgeLabelRenderer, getStraightPath, type Edge, type EdgeProps } from "@xyflow/react";
import { EQUIVALENCE_COLOR } from "@/lib/graph/palette";

export type EquivalenceFlowEdge = Edge<{ groupId: string }, "equivalence">;

/**
 * Two claims stating one proposition: a double line (a wide stroke with a white core) with an "="
 * at its middle, so it reads apart from supports (solid arrow), oppositions (dashed bar) and
 * undercuts (dotted) without relying on its colour.
 */
export function EquivalenceEdge({ id, sourceX, sourceY, targetX, targetY, style }: EdgeProps<EquivalenceFlowEdge>) {
  const [path, labelX, labelY] = getStraightPath({ sourceX, sourceY, targetX, targetY });
  return (
    <>
      <BaseEdge id={id} path={path} style={{ stroke: EQUIVALENCE_COLOR, strokeWidth: 6, ...style }} interactionWidth={0} />
      <path d={path} fill="none" stroke="#fff" strokeWidth={2} style={{ pointerEvents: "none" }} />
      <EdgeLabelRenderer>
        <div className="equivalence-edge-label" style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }} aria-hidden="true">
          =
        </div>
      </EdgeLabelRenderer>
    </>
  );
}

