"use client";

import { createContext, memo, useContext } from "react";
import type { ClaimStub } from "@/lib/graph/partial-edges";
import { EDGE_COLORS } from "@/lib/graph/palette";
import { MARKER_IDS } from "./to-flow";

/** What a stub needs from the map: select its edge (which draws it whole), and say what it is. One stable value for every card. */
export interface StubActions {
  selectEdge: (edgeId: string) => void;
  describe: (stub: ClaimStub) => string;
}
export const StubContext = createContext<StubActions>({ selectEdge: () => {}, describe: () => "" });

/**
 * A card's ends of long edges on a big map (lib/graph/partial-edges.ts), drawn with the card so they
 * come and go with it: outgoing stubs at the top handle, incoming ones (with the arrowhead or bar) at
 * the bottom. A click selects the edge, which then is drawn whole.
 */
export const ClaimStubs = memo(function ClaimStubs({ stubs }: { stubs: ClaimStub[] }) {
  const { selectEdge, describe } = useContext(StubContext);
  const group = (end: ClaimStub["end"]) => {
    const mine = stubs.filter((s) => s.end === end);
    if (mine.length === 0) return null;
    return (
      <svg className={`claim-stubs ${end}`} aria-hidden="true">
        {mine.map((stub) => (
          <g
            key={stub.edgeId}
            className="claim-stub nodrag nopan"
            data-testid="claim-stub"
            data-edge-id={stub.edgeId}
            onClick={(event) => {
              // The card beneath would take the click as its own selection.
              event.stopPropagation();
              selectEdge(stub.edgeId);
            }}
          >
            <title>{describe(stub)}</title>
            <path className="claim-stub-hit" d={stub.path} />
            <path
              className="claim-stub-line"
              d={stub.path}
              stroke={EDGE_COLORS[stub.kind]}
              strokeDasharray={stub.kind === "oppose" ? "7 5" : undefined}
              markerEnd={stub.end === "in" ? `url(#${MARKER_IDS[stub.kind]})` : undefined}
            />
          </g>
        ))}
      </svg>
    );
  };
  return (
    <>
      {group("out")}
      {group("in")}
    </>
  );
});
