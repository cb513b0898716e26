"use client";

import { BaseEdge, getBezierPath, type EdgeProps } from "@xyflow/react";
import { memo, useMemo, type CSSProperties } from "react";

/** The kind label ("+" or "−") is one bold character: its box is known, so nothing is measured. */
const LABEL_BOX = { width: 9, height: 17 };

/**
 * At most this many dashes per edge. Skia strokes every dash of a path, on screen or not, so a dashed
 * cross-link thousands of pixels long made each zoom step of a big map take most of a second; longer
 * edges get proportionally longer dashes instead (still plainly dashed, the kind's cue besides colour).
 */
const MAX_DASHES = 150;

function boundedDashes(style: CSSProperties | undefined, length: number): CSSProperties | undefined {
  const pattern = typeof style?.strokeDasharray === "string" ? style.strokeDasharray.split(/[\s,]+/).map(Number) : null;
  if (!pattern || pattern.some((n) => !(n > 0))) return style;
  const period = pattern.reduce((sum, n) => sum + n, 0);
  const scale = length / period / MAX_DASHES;
  return scale > 1 ? { ...style, strokeDasharray: pattern.map((n) => Math.round(n * scale)).join(" ") } : style;
}

/**
 * React Flow's own edge, with the kind label drawn at a fixed size. React Flow's label measures its
 * text (getBBox) after every mount and then renders again: with hundreds of edges in view on a big map
 * that was the largest single cost of the first paint. Same curve, same classes, same look.
 */
export const ArgumentEdge = memo(function ArgumentEdge({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, style, markerEnd, markerStart, interactionWidth, label, labelStyle, labelBgStyle, labelBgPadding = [5, 1], labelBgBorderRadius = 9 }: EdgeProps) {
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition });
  const [padX, padY] = labelBgPadding;
  // The straight distance between the ends: a bezier is never shorter, and it is what a dash count needs.
  const length = Math.hypot(targetX - sourceX, targetY - sourceY);
  const bucket = Math.round(length / 500);
  // Bucketed, so the style object stays the same while a card is dragged a little.
  const edgeStyle = useMemo(() => boundedDashes(style, (bucket + 1) * 500), [style, bucket]);
  return (
    <>
      <BaseEdge id={id} path={path} style={edgeStyle} markerEnd={markerEnd} markerStart={markerStart} interactionWidth={interactionWidth} />
      {label ? (
        <g transform={`translate(${labelX - LABEL_BOX.width / 2} ${labelY - LABEL_BOX.height / 2})`} className="react-flow__edge-textwrapper">
          <rect className="react-flow__edge-textbg" x={-padX} y={-padY} width={LABEL_BOX.width + 2 * padX} height={LABEL_BOX.height + 2 * padY} rx={labelBgBorderRadius} ry={labelBgBorderRadius} style={labelBgStyle} />
          <text className="react-flow__edge-text" x={LABEL_BOX.width / 2} y={LABEL_BOX.height / 2} dy="0.3em" textAnchor="middle" style={labelStyle}>
            {label}
          </text>
        </g>
      ) : null}
    </>
  );
});
