/**
 * The map's compact wire form: the same WorkspaceMap, without what the receiver can rebuild.
 *
 * The documented `/map` answer repeats a lot: every claim carries its whole source, every anchor its
 * quote (usually the claim's own words), every edge names its claims by 36-character id twice
 * (`from` is `premises[0]`) and spells out empty evidence, null schemes and version 1. On a 2,000-claim
 * map that is 3.2 MB, and serialising and compressing it cost more than reading it from the database.
 * The compact form is what the map page loads (`/map?shape=compact`, and the page's first render);
 * the full form stays the API's default, since scripts read it.
 *
 * Lossless by construction: a field is left out only when `expandMap` can rebuild it exactly, and kept
 * whenever it differs from what the rule would rebuild. `expandMap(compactMap(m))` deep-equals `m` for
 * every map `getMap` produces (tests/unit/graph/map-wire.test.ts checks this with fast-check).
 */
import type { StanceTally } from "../stances/tally";
import type { ClaimType } from "../validation/claim";
import type { EdgeKind } from "../validation/edge";
import type {
  CriticalQuestionAnswer,
  MapAnchor,
  MapClaim,
  MapEdge,
  MapEquivalenceGroup,
  MapEvidence,
  MapSource,
  MapUndercut,
  WorkspaceMap,
} from "./types";

export const COMPACT_MAP_FORMAT = "agon-map-compact/1";

/** A claim named by its index in `claims`, or by id when it is not one of them. */
type ClaimRef = number | string;

/** An anchor without the defaults: the claim's own words, status "anchored", one revision. */
interface CompactAnchor {
  sourceId: string;
  revisionId: string;
  /** Left out when the quote is the claim's text. */
  exact?: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  status?: string;
  revisionNumber?: number;
  /** Left out when equal to revisionNumber. */
  madeOnRevision?: number;
  revisionCount?: number;
}

interface CompactClaim {
  id: string;
  text: string;
  type: ClaimType;
  tags?: string[];
  version?: number;
  /** Only when it is not the source the anchor names (the rule `expandMap` applies). */
  source?: MapSource | null;
  anchor?: CompactAnchor;
  position?: { x: number; y: number };
  /** Left out when equal to the map's `commonStances`. */
  stances?: StanceTally;
  equivalenceGroupId?: string;
}

interface CompactEdge {
  id: string;
  /** Only when it is not the first premise. */
  from?: string;
  to: ClaimRef;
  premises: ClaimRef[];
  kind?: EdgeKind;
  note?: string;
  version?: number;
  evidence?: MapEvidence[];
  scheme?: string;
  answers?: CriticalQuestionAnswer;
  raisedQuestions?: { question: string; edgeId: string }[];
}

interface CompactUndercut {
  id: string;
  from?: string;
  premises: ClaimRef[];
  targetEdgeId: string;
  note?: string;
  version?: number;
  evidence?: MapEvidence[];
  answers?: CriticalQuestionAnswer;
}

export interface CompactMap {
  format: typeof COMPACT_MAP_FORMAT;
  workspace: WorkspaceMap["workspace"];
  role: string;
  sources: MapSource[];
  /** The stance tally most claims have (usually nobody's stance yet). */
  commonStances: StanceTally | null;
  claims: CompactClaim[];
  edges: CompactEdge[];
  undercuts: CompactUndercut[];
  equivalenceGroups?: MapEquivalenceGroup[];
}

const DEFAULT_KIND: EdgeKind = "support";
const DEFAULT_STATUS = "anchored";

const tallyKey = (t: StanceTally) => `${t.agree}/${t.disagree}/${t.unsure}/${t.hidden}/${t.stale}/${JSON.stringify(t.mine)}`;

function mostCommonTally(claims: readonly MapClaim[]): StanceTally | null {
  const counts = new Map<string, { tally: StanceTally; n: number }>();
  let best: { tally: StanceTally; n: number } | null = null;
  for (const c of claims) {
    const key = tallyKey(c.stances);
    const entry = counts.get(key) ?? { tally: c.stances, n: 0 };
    entry.n++;
    counts.set(key, entry);
    if (!best || entry.n > best.n) best = entry;
  }
  return best?.tally ?? null;
}

function compactAnchor(a: MapAnchor, claimText: string | null): CompactAnchor {
  const out: CompactAnchor = { sourceId: a.sourceId, revisionId: a.revisionId, prefix: a.prefix, suffix: a.suffix, start: a.start, end: a.end };
  if (a.exact !== claimText) out.exact = a.exact;
  if (a.status !== DEFAULT_STATUS) out.status = a.status;
  if (a.revisionNumber !== 1) out.revisionNumber = a.revisionNumber;
  if (a.madeOnRevision !== a.revisionNumber) out.madeOnRevision = a.madeOnRevision;
  if (a.revisionCount !== a.revisionNumber) out.revisionCount = a.revisionCount;
  return out;
}

function expandAnchor(a: CompactAnchor, claimText: string): MapAnchor {
  const revisionNumber = "revisionNumber" in a ? a.revisionNumber : 1;
  return {
    sourceId: a.sourceId,
    revisionId: a.revisionId,
    exact: a.exact ?? claimText,
    prefix: a.prefix,
    suffix: a.suffix,
    start: a.start,
    end: a.end,
    status: a.status ?? DEFAULT_STATUS,
    revisionNumber,
    madeOnRevision: "madeOnRevision" in a ? a.madeOnRevision : revisionNumber,
    revisionCount: "revisionCount" in a ? a.revisionCount : revisionNumber,
  };
}

/** The source `expandMap` gives a claim: the one its anchor names, if the map lists it. */
const sourceOfAnchor = (anchor: { sourceId: string } | null | undefined, sources: ReadonlyMap<string, MapSource>) =>
  anchor ? sources.get(anchor.sourceId) ?? null : null;

function compactEvidence(evidence: MapEvidence[]): MapEvidence[] | undefined {
  return evidence.length > 0 ? evidence : undefined;
}

export function compactMap(map: WorkspaceMap): CompactMap {
  const sourceById = new Map(map.sources.map((s) => [s.id, s]));
  const claimIndex = new Map(map.claims.map((c, i) => [c.id, i]));
  const ref = (id: string): ClaimRef => claimIndex.get(id) ?? id;
  const commonStances = mostCommonTally(map.claims);
  const commonKey = commonStances ? tallyKey(commonStances) : null;
  const claims = map.claims.map((c) => {
    const out: CompactClaim = { id: c.id, text: c.text, type: c.type };
    if (c.tags && c.tags.length > 0) out.tags = c.tags;
    if (c.version !== 1) out.version = c.version;
    const rebuilt = sourceOfAnchor(c.anchor, sourceById);
    if (c.source !== rebuilt && JSON.stringify(c.source) !== JSON.stringify(rebuilt)) out.source = c.source;
    if (c.anchor) out.anchor = compactAnchor(c.anchor, c.text);
    if (c.position) out.position = c.position;
    if (tallyKey(c.stances) !== commonKey) out.stances = c.stances;
    if (c.equivalenceGroupId) out.equivalenceGroupId = c.equivalenceGroupId;
    return out;
  });
  const edges = map.edges.map((e) => {
    const out: CompactEdge = { id: e.id, to: ref(e.to), premises: e.premises.map(ref) };
    if (e.from !== e.premises[0]) out.from = e.from;
    if (e.kind !== DEFAULT_KIND) out.kind = e.kind;
    if (e.note !== "") out.note = e.note;
    if (e.version !== 1) out.version = e.version;
    out.evidence = compactEvidence(e.evidence);
    if (e.scheme) out.scheme = e.scheme;
    if (e.answers) out.answers = e.answers;
    if (e.raisedQuestions && e.raisedQuestions.length > 0) out.raisedQuestions = e.raisedQuestions;
    return out;
  });
  const undercuts = map.undercuts.map((u) => {
    const out: CompactUndercut = { id: u.id, premises: u.premises.map(ref), targetEdgeId: u.targetEdgeId };
    if (u.from !== u.premises[0]) out.from = u.from;
    if (u.note !== "") out.note = u.note;
    if (u.version !== 1) out.version = u.version;
    out.evidence = compactEvidence(u.evidence);
    if (u.answers) out.answers = u.answers;
    return out;
  });
  return {
    format: COMPACT_MAP_FORMAT,
    workspace: map.workspace,
    role: map.role,
    sources: map.sources,
    commonStances,
    claims,
    edges,
    undercuts,
    equivalenceGroups: map.equivalenceGroups,
  };
}

export function expandMap(compact: CompactMap): WorkspaceMap {
  if (compact.format !== COMPACT_MAP_FORMAT) throw new Error(`Unknown map format: ${String(compact.format)}`);
  const sourceById = new Map(compact.sources.map((s) => [s.id, s]));
  const claims: MapClaim[] = compact.claims.map((c) => ({
    id: c.id,
    text: c.text,
    type: c.type,
    tags: c.tags ?? [],
    version: c.version ?? 1,
    source: "source" in c ? c.source ?? null : sourceOfAnchor(c.anchor, sourceById),
    anchor: c.anchor ? expandAnchor(c.anchor, c.text) : null,
    position: c.position ?? null,
    stances: c.stances ?? compact.commonStances!,
    equivalenceGroupId: c.equivalenceGroupId ?? null,
  }));
  const id = (ref: ClaimRef) => (typeof ref === "number" ? claims[ref]!.id : ref);
  const edges: MapEdge[] = compact.edges.map((e) => {
    const premises = e.premises.map(id);
    return {
      id: e.id,
      from: e.from ?? premises[0]!,
      to: id(e.to),
      premises,
      kind: e.kind ?? DEFAULT_KIND,
      note: e.note ?? "",
      version: e.version ?? 1,
      evidence: e.evidence ?? [],
      scheme: e.scheme ?? null,
      answers: e.answers ?? null,
      raisedQuestions: e.raisedQuestions ?? [],
    };
  });
  const undercuts: MapUndercut[] = compact.undercuts.map((u) => {
    const premises = u.premises.map(id);
    return {
      id: u.id,
      from: u.from ?? premises[0]!,
      premises,
      targetEdgeId: u.targetEdgeId,
      note: u.note ?? "",
      version: u.version ?? 1,
      evidence: u.evidence ?? [],
      answers: u.answers ?? null,
    };
  });
  return { workspace: compact.workspace, role: compact.role, sources: compact.sources, claims, edges, undercuts, equivalenceGroups: compact.equivalenceGroups };
}
