/**
 * Building the outline (lib/graph/outline.ts) and the rows on screen, as the pane does after every
 * refetch: a 50-claim synthetic map is the baseline, a 2,000-claim, 5,000-edge one the subject (same
 * generator and seed as the map-scale bench), rooted at the claim with the most reasons.
 */
import { buildOutline, visibleRows } from "../../lib/graph/outline";
import { generateSyntheticMap } from "../../lib/graph/synthetic";
import type { MapEdge, MapUndercut, WorkspaceMap } from "../../lib/graph/types";
import { medianMs, printFigure } from "./report";

type Graph = Pick<WorkspaceMap, "claims" | "edges" | "undercuts">;

function workspaceMap(claims: number, edges: number): Graph {
  const synthetic = generateSyntheticMap({ claims, edges, sources: 4, seed: 7 });
  const ids = synthetic.claims.map((_, i) => `c${i}`);
  const supports: MapEdge[] = [];
  const undercuts: MapUndercut[] = [];
  synthetic.edges.forEach((edge, i) => {
    const premises = edge.premises.map((p) => ids[p]!);
    if (edge.kind === "undercut") undercuts.push({ id: `e${i}`, from: premises[0]!, premises, targetEdgeId: `e${edge.targetEdge}`, note: "", version: 1, evidence: [] });
    else supports.push({ id: `e${i}`, from: premises[0]!, to: ids[edge.to]!, premises, kind: edge.kind, note: "", version: 1, evidence: [] });
  });
  const stances = { agree: 0, disagree: 0, unsure: 0, hidden: false, stale: 0, mine: null };
  return {
    claims: synthetic.claims.map((c, i) => ({ id: ids[i]!, text: c.text, type: c.type, version: 1, source: null, anchor: null, position: null, stances })),
    edges: supports,
    undercuts,
  };
}

function mostArguedAbout(map: Graph): string {
  const counts = new Map<string, number>();
  for (const edge of map.edges) counts.set(edge.to, (counts.get(edge.to) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

async function main() {
  const small = workspaceMap(50, 125);
  const large = workspaceMap(2000, 5000);
  const measure = (map: Graph) => {
    const root = mostArguedAbout(map);
    return medianMs(15, () => visibleRows(buildOutline(map, root)!, new Set()));
  };
  const baselineMs = await measure(small);
  const valueMs = await measure(large);
  const rows = buildOutline(large, mostArguedAbout(large))!.rows.length;
  printFigure({ name: `outline of 2,000 claims / 5,000 edges (${rows} rows)`, valueMs, baselineName: "50 claims", baselineMs, target: "< 50 ms (one frame budget ×3 on a refetch)" });
}

void main();
