import type { MapClaim, MapEdge, MapSource, MapUndercut, WorkspaceMap } from "../../../lib/graph/types";
import type { Paragraph } from "../../../lib/text";

export const POST: MapSource = { id: "src-post", author: "Post", year: 2021, title: "Maoism and Stalinism", colorIndex: 0 };
export const MEANEY: MapSource = { id: "src-meaney", author: "Meaney", year: 1987, title: "Stability and the Industrial Elite", colorIndex: 1 };

/** Two paragraphs per revision: offsets 0–99 are ¶ 1, 100–199 ¶ 2 (a heading in between does not count). */
export const PARAGRAPHS: ReadonlyMap<string, readonly Paragraph[]> = new Map(
  ["rev-post", "rev-meaney"].map((revision) => [
    revision,
    [
      { start: 0, end: 100, kind: "paragraph" },
      { start: 101, end: 120, kind: "heading" },
      { start: 121, end: 200, kind: "paragraph" },
    ] satisfies Paragraph[],
  ]),
);

const noStances: MapClaim["stances"] = { agree: 0, disagree: 0, unsure: 0, hidden: false, stale: 0, mine: null };

export function claim(id: string, text = id, anchored?: { source: MapSource; start: number }): MapClaim {
  return {
    id,
    text,
    type: "premise",
    version: 1,
    source: anchored?.source ?? null,
    anchor: anchored
      ? { sourceId: anchored.source.id, revisionId: anchored.source === POST ? "rev-post" : "rev-meaney", exact: `words of ${id}`, prefix: "", suffix: "", start: anchored.start, end: anchored.start + 10, status: "anchored" }
      : null,
    position: null,
    stances: noStances,
  };
}

export function edge(id: string, kind: "support" | "oppose", premises: string | string[], to: string, quoted?: { source: MapSource; start: number }): MapEdge {
  const list = Array.isArray(premises) ? premises : [premises];
  return {
    id,
    from: list[0]!,
    to,
    premises: list,
    kind,
    note: "",
    version: 1,
    evidence: quoted
      ? [{ id: `ev-${id}`, note: "", quote: { sourceId: quoted.source.id, revisionId: quoted.source === POST ? "rev-post" : "rev-meaney", exact: `evidence for ${id}`, prefix: "", suffix: "", start: quoted.start, end: quoted.start + 5, status: "anchored", sourceTitle: quoted.source.title, sourceAuthor: quoted.source.author } }]
      : [],
  };
}

export function undercut(id: string, premise: string, targetEdgeId: string): MapUndercut {
  return { id, from: premise, premises: [premise], targetEdgeId, note: "", version: 1, evidence: [] };
}

export function map(claims: MapClaim[], edges: MapEdge[], undercuts: MapUndercut[] = []): Pick<WorkspaceMap, "claims" | "edges" | "undercuts" | "sources"> {
  return { claims, edges, undercuts, sources: [POST, MEANEY] };
}
