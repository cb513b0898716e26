"use client";

import { BaseEdge, getBezierPath, type EdgeProps } from "@xyflow/react";
import { memo } from "react";

/** The kind label ("+" or "−") is one bold character: its box is known, so nothing is measured. */
const LABEL_BOX = { width: 9, height: 17 };

/**
 * React Flow's own edge, with the kind label drawn at a fixed size. React Flow's label measures its
 * text (getBBox) after every mount and then renders again: with hundreds of edges in view on a big map
 * that was the largest single cost of the first paint. Same curve, same classes, same look.
 */
export const ArgumentEdge = memo(function ArgumentEdge({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, style, markerEnd, markerStart, interactionWidth, label, labelStyle, labelBgStyle, labelBgPadding = [5, 1], labelBgBorderRadius = 9 }: EdgeProps) {
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition });
  const [padX, padY] = labelBgPadding;
  return (
    <>
      <BaseEdge id={id} path={path} style={style} markerEnd={markerEnd} markerStart={markerStart} interactionWidth={interactionWidth} />
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
