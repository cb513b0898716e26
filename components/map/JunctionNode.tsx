"use client";

import { Handle, Position, useStore, type NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { JunctionFlowNode } from "./to-flow";

/**
 * Where linked premises meet and undercuts end. While a claim's handle is being dragged, every edge's
 * junction shows a drop target: releasing there adds the claim as a further (linked) premise.
 */
export const JunctionNode = memo(function JunctionNode({ data }: NodeProps<JunctionFlowNode>) {
  const connecting = useStore((s) => s.connection.inProgress && s.connection.fromNode?.type === "claim");
  const className = connecting ? "junction-drop active" : data.shown ? `junction-node${data.linked ? " linked" : ""}` : "junction-drop";
  return (
    <div className={className} aria-hidden="true" title={connecting ? "Drop here to add as a linked premise" : undefined} data-testid="junction" data-edge-id={data.edgeId}>
      {/* Premises come from below and the arrow leaves upwards to the conclusion, like claim cards. */}
      <Handle type="target" position={Position.Bottom} isConnectableStart={false} isConnectableEnd />
      <Handle type="source" position={Position.Top} isConnectable={false} />
    </div>
  );
});
