"use client";

import { Handle, Position } from "@xyflow/react";
import { memo } from "react";

/** Where an undercut meets the edge it objects to; the handle is all there is to it. */
export const JunctionNode = memo(function JunctionNode() {
  return (
    <div className="junction-node" aria-hidden="true">
      <Handle type="target" position={Position.Top} isConnectable={false} />
    </div>
  );
});
