import type { StanceTally } from "../stances/tally";
/**
 * The argument map as the app and the JSON API see it: plain data, no React Flow and no Prisma.
 * An edge is an inference with one premise (`from`) and a conclusion (`to`); inferences with
 * several premises list them all in `premises`, and `from` is the first.
 */
import type { ClaimType } from "../validation/claim";
import type { EdgeKind } from "../validation/edge";

export interface MapSource {
  id: string;
  author: string;
  title: string;
  year: number | null;
  colorIndex: number;
}

export interface MapAnchor {
  sourceId: string;
  revisionId: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  status: string;
  /** The revision the offsets belong to, the one the passage was first selected in, and how many the source has. */
  revisionNumber?: number;
  madeOnRevision?: number;
  revisionCount?: number;
}

export interface MapClaim {
  id: string;
  text: string;
  type: ClaimType;
  /** Free tags, normalised (lib/graph/tags.ts). */
  tags?: string[];
  version: number;
  source: MapSource | null;
  anchor: MapAnchor | null;
  position: { x: number; y: number } | null;
  /** Members' stances as the caller may see them (see lib/stances/tally.ts). */
  stances: StanceTally;
  /** The proposition this claim states with other claims (WorkspaceMap.equivalenceGroups), if any. */
  equivalenceGroupId?: string | null;
  /**
   * Only in the merged view (lib/graph/equivalence.ts): the card stands for the whole proposition and
   * lists every member's wording, this claim's first.
   */
  wordings?: ClaimWording[];
}

/** One claim's words for a proposition, with whose words they are. */
export interface ClaimWording {
  id: string;
  text: string;
  source: MapSource | null;
}

/** Claims marked as one proposition in different words; only groups with two or more live claims. */
export interface MapEquivalenceGroup {
  id: string;
  version: number;
  /** Live claims, in the map's claim order. */
  claimIds: string[];
}

export interface MapEvidence {
  id: string;
  note: string;
  quote: (MapAnchor & { sourceTitle: string; sourceAuthor: string }) | null;
}

export interface MapEdge {
  id: string;
  from: string;
  to: string;
  premises: string[];
  kind: EdgeKind;
  note: string;
  version: number;
  evidence: MapEvidence[];
  /** The argumentation scheme (lib/schemes/catalogue.ts), when the inference is typed. */
  scheme?: string | null;
  /** Critical questions raised on this inference: the stored question key and the objection raising it. */
  raisedQuestions?: { question: string; edgeId: string }[];
  /** When this edge is an objection raised from a critical question: which inference and question. */
  answers?: CriticalQuestionAnswer | null;
}

export interface CriticalQuestionAnswer {
  edgeId: string;
  /** "<scheme>/<question>" (lib/schemes/catalogue.ts questionKey). */
  question: string;
}

/** A claim objecting to an edge itself: the edge's premises do not carry its conclusion. */
export interface MapUndercut {
  id: string;
  from: string;
  premises: string[];
  targetEdgeId: string;
  note: string;
  version: number;
  evidence: MapEvidence[];
  answers?: CriticalQuestionAnswer | null;
}

export interface WorkspaceMap {
  workspace: { id: string; name: string; blindStances: boolean };
  role: string;
  sources: MapSource[];
  claims: MapClaim[];
  edges: MapEdge[];
  undercuts: MapUndercut[];
  /** Added for equivalence; optional so maps built before it (tests, fixtures) still type-check. */
  equivalenceGroups?: MapEquivalenceGroup[];
}

/**
 * The saved version of an edge that a stale edit ran into, sent back with the refusal (409) so the
 * editor can compare it with their own, which stays in their form.
 */
export interface EdgeConflictVersion {
  id: string;
  kind: string;
  note: string;
  version: number;
  /** Who saved it last (display name or email), when known. */
  changedBy: string | null;
  evidence: { id: string; note: string; quote: { exact: string; sourceAuthor: string; sourceTitle: string } | null }[];
}
