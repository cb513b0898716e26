/**
 * The debate brief: given the map, a thesis, a side and a gradual semantics, which claims make your
 * case, which objections to expect and how the map answers them, and what is still missing.
 *
 * Sides. Every claim that reaches the thesis through a chain of inferences gets a polarity: a support
 * keeps the polarity of what it supports, an opposition flips it, and an undercut of an edge takes the
 * opposite of that edge's premises (it denies that they carry their conclusion). So a supporter of an
 * objection argues against the thesis, and an objection to a supporter too. A claim reached both ways
 * takes the polarity of its shortest chain; on a tie it is listed on both sides, marked contested.
 * Chains are followed breadth-first over (claim, polarity) pairs, so cycles end.
 *
 * Ranking. The case and the objections are ordered by strength under the chosen semantics, computed
 * on the whole live map (lib/argumentation/map-framework.ts); ties go to the claim closer to the
 * thesis, then alphabetically, so the order is stable. Rebuttals of an objection are the claims that
 * oppose it or undercut one of its edges, strongest first.
 *
 * Gaps. An objection with no rebuttal; a point of the case that rests on a single unanchored claim:
 * no quote of its own, nothing supporting it, and no quoted evidence on its edge; and every critical
 * question of a scheme-typed inference that a point reaches the thesis through, not yet raised by an
 * objection (lib/schemes/catalogue.ts), once per inference.
 *
 * Only what `map` holds counts: the map service leaves out deleted claims and the edges touching them,
 * and an edge or undercut that names a claim or edge missing from `map` is ignored here too.
 */
import { groundedLabelling } from "../argumentation/grounded";
import { gradualStrengths } from "../argumentation/gradual";
import { mapToBipolarGraph, mapToDungFramework, type MapInference } from "../argumentation/map-framework";
import type { Label } from "../argumentation/framework";
import type { MapAnchor, MapClaim, MapEdge, MapEvidence, MapUndercut, WorkspaceMap } from "../graph/types";
import { formatParagraphLocation, paragraphAt } from "../reader/paragraph-number";
import type { Paragraph } from "../text";
import { questionStatuses, schemeById } from "../schemes/catalogue";
import { bibliography, citeSource, type CitableSource } from "./citation";
import {
  BRIEF_FORMAT_VERSION,
  SEMANTICS_LABEL,
  type BriefCitation,
  type BriefClaim,
  type BriefEvidence,
  type BriefGap,
  type OpenQuestionGap,
  type BriefObjection,
  type BriefPoint,
  type BriefRebuttal,
  type BriefSemantics,
  type BriefSide,
  type ComputedBrief,
} from "./types";

export interface BriefRequest {
  map: Pick<WorkspaceMap, "claims" | "edges" | "undercuts" | "sources">;
  thesisId: string;
  side: BriefSide;
  semantics: BriefSemantics;
  /** Paragraphs of each source revision that anchors cite, by revision id, for "¶ n". */
  paragraphs?: ReadonlyMap<string, readonly Paragraph[]>;
}

type Polarity = 1 | -1;

interface Reach {
  polarity: Polarity;
  distance: number;
  edgeId: string;
  kind: "support" | "oppose" | "undercut";
  /** The claim the edge concludes, or for an undercut the conclusion of the edge it denies. */
  targetClaimId: string;
  linkedWith: string[];
}

const GROUNDED_WORD: Record<Label, string> = { in: "in", out: "out", undec: "undecided" };

/** Returns null when the thesis is not a live claim of the map (deleted, or never there). */
export function computeBrief(request: BriefRequest): ComputedBrief | null {
  const { map, thesisId, side, semantics } = request;
  const claimById = new Map(map.claims.map((c) => [c.id, c]));
  if (!claimById.has(thesisId)) return null;

  const edges = map.edges.filter((e) => claimById.has(e.to) && e.premises.length > 0 && e.premises.every((p) => claimById.has(p)));
  const edgeById = new Map(edges.map((e) => [e.id, e]));
  const undercuts = map.undercuts.filter((u) => edgeById.has(u.targetEdgeId) && u.premises.length > 0 && u.premises.every((p) => claimById.has(p)));

  const strengthOf = strengths(edges, undercuts, map.claims, semantics);
  const groundedOf = groundedLabels(edges, undercuts, map.claims);
  const reaches = polarities(thesisId, edges, undercuts);

  const sourceById = new Map(map.sources.map((s) => [s.id, s]));
  const cited = new Map<string, CitableSource>();
  const cite = (anchor: Pick<MapAnchor, "sourceId" | "revisionId" | "start">): BriefCitation | null => {
    const source = sourceById.get(anchor.sourceId);
    if (!source) return null;
    cited.set(source.id, source);
    const paragraphs = request.paragraphs?.get(anchor.revisionId);
    const location = paragraphs ? paragraphAt(paragraphs, anchor.start) : null;
    return citeSource(source, location ? formatParagraphLocation(location) : null);
  };
  const describe = (claim: MapClaim): BriefClaim => ({
    id: claim.id,
    text: claim.text,
    strength: strengthOf.get(claim.id) ?? 0,
    grounded: groundedOf.get(claim.id) ?? "undec",
    quote: claim.anchor?.exact ?? null,
    citation: claim.anchor ? cite(claim.anchor) : null,
    anchorStart: claim.anchor?.start ?? null,
  });
  const evidenceOf = (items: readonly MapEvidence[]): BriefEvidence[] =>
    items.map((e) => ({ quote: e.quote?.exact ?? null, note: e.note, citation: e.quote ? cite(e.quote) : null }));
  const evidenceByEdge = new Map<string, readonly MapEvidence[]>([...edges, ...undercuts].map((e) => [e.id, e.evidence]));

  const point = (claim: MapClaim, reach: Reach, contested: boolean): BriefPoint => ({
    ...describe(claim),
    distance: reach.distance,
    via: { edgeId: reach.edgeId, kind: reach.kind, targetText: claimById.get(reach.targetClaimId)?.text ?? "" },
    linkedWith: reach.linkedWith.map((id) => claimById.get(id)!.text),
    evidence: evidenceOf(evidenceByEdge.get(reach.edgeId) ?? []),
    contested,
  });

  const mine: Polarity = side === "for" ? 1 : -1;
  const ours: BriefPoint[] = [];
  const theirs: BriefPoint[] = [];
  for (const [claimId, byPolarity] of reaches) {
    const claim = claimById.get(claimId)!;
    const plus = byPolarity.get(1);
    const minus = byPolarity.get(-1);
    const contested = plus !== undefined && minus !== undefined && plus.distance === minus.distance;
    for (const reach of [plus, minus]) {
      if (!reach) continue;
      const other = reach === plus ? minus : plus;
      if (other && other.distance < reach.distance) continue;
      (reach.polarity === mine ? ours : theirs).push(point(claim, reach, contested));
    }
  }
  const byRank = (a: BriefPoint, b: BriefPoint) => b.strength - a.strength || a.distance - b.distance || a.text.localeCompare(b.text);
  ours.sort(byRank);
  theirs.sort(byRank);

  const objections: BriefObjection[] = theirs.map((objection) => ({ objection, rebuttals: rebuttalsOf(objection.id, edges, undercuts, claimById, describe) }));

  const supported = new Set(edges.filter((e) => e.kind === "support").map((e) => e.to));
  const gaps: BriefGap[] = [
    ...objections.filter((o) => o.rebuttals.length === 0).map((o): BriefGap => ({ kind: "unanswered", claimId: o.objection.id, text: o.objection.text })),
    ...ours
      .filter((p) => p.quote === null && !supported.has(p.id) && !p.evidence.some((e) => e.quote !== null))
      .map((p): BriefGap => ({ kind: "thin-support", claimId: p.id, text: p.text })),
    ...openQuestions(ours, "case", edgeById),
    ...openQuestions(theirs, "objection", edgeById),
  ];

  const thesis = describe(claimById.get(thesisId)!);
  const converged = strengthOf.converged;
  return {
    formatVersion: BRIEF_FORMAT_VERSION,
    thesis,
    side,
    semantics,
    summary: {
      grounded: thesis.grounded,
      strength: thesis.strength,
      line: `grounded: ${GROUNDED_WORD[thesis.grounded]} · ${SEMANTICS_LABEL[semantics]} ${thesis.strength.toFixed(2)}`,
      converged,
    },
    case: ours,
    objections,
    gaps,
    bibliography: bibliography(cited.values()),
  };
}

/**
 * For each claim that reaches the thesis, its shortest chain for each polarity. The thesis itself is
 * left out, even when a cycle leads back to it.
 */
function polarities(thesisId: string, edges: readonly MapEdge[], undercuts: readonly MapUndercut[]): Map<string, Map<Polarity, Reach>> {
  const into = new Map<string, MapEdge[]>();
  for (const edge of edges) into.set(edge.to, [...(into.get(edge.to) ?? []), edge]);
  const undercutsOf = new Map<string, MapUndercut[]>();
  for (const u of undercuts) undercutsOf.set(u.targetEdgeId, [...(undercutsOf.get(u.targetEdgeId) ?? []), u]);

  const reached = new Map<string, Map<Polarity, Reach>>();
  const queue: { claimId: string; polarity: Polarity; distance: number }[] = [{ claimId: thesisId, polarity: 1, distance: 0 }];
  const visit = (claimId: string, reach: Reach) => {
    if (claimId === thesisId) return;
    const known = reached.get(claimId) ?? new Map<Polarity, Reach>();
    if (known.has(reach.polarity)) return; // breadth-first: the first chain found is a shortest one
    known.set(reach.polarity, reach);
    reached.set(claimId, known);
    queue.push({ claimId, polarity: reach.polarity, distance: reach.distance });
  };
  for (let head = 0; head < queue.length; head++) {
    const { claimId, polarity, distance } = queue[head]!;
    for (const edge of into.get(claimId) ?? []) {
      const carried = (edge.kind === "support" ? polarity : -polarity) as Polarity;
      for (const premise of edge.premises) {
        visit(premise, { polarity: carried, distance: distance + 1, edgeId: edge.id, kind: edge.kind, targetClaimId: claimId, linkedWith: edge.premises.filter((p) => p !== premise) });
      }
      for (const undercut of undercutsOf.get(edge.id) ?? []) {
        for (const premise of undercut.premises) {
          visit(premise, {
            polarity: -carried as Polarity,
            distance: distance + 1,
            edgeId: undercut.id,
            kind: "undercut",
            targetClaimId: claimId,
            linkedWith: undercut.premises.filter((p) => p !== premise),
          });
        }
      }
    }
  }
  return reached;
}

function rebuttalsOf(
  objectionId: string,
  edges: readonly MapEdge[],
  undercuts: readonly MapUndercut[],
  claimById: ReadonlyMap<string, MapClaim>,
  describe: (claim: MapClaim) => BriefClaim,
): BriefRebuttal[] {
  const found = new Map<string, BriefRebuttal>();
  const add = (claimId: string, kind: BriefRebuttal["kind"], edgeId: string) => {
    if (claimId === objectionId || found.has(claimId)) return;
    found.set(claimId, { ...describe(claimById.get(claimId)!), kind, edgeId });
  };
  for (const edge of edges) if (edge.kind === "oppose" && edge.to === objectionId) for (const p of edge.premises) add(p, "oppose", edge.id);
  const ownEdges = new Set(edges.filter((e) => e.premises.includes(objectionId)).map((e) => e.id));
  for (const undercut of undercuts) if (ownEdges.has(undercut.targetEdgeId)) for (const p of undercut.premises) add(p, "undercut", undercut.id);
  return [...found.values()].sort((a, b) => b.strength - a.strength || a.text.localeCompare(b.text));
}

function toInferences(edges: readonly MapEdge[], undercuts: readonly MapUndercut[]): MapInference[] {
  return [
    ...edges.map((e): MapInference => ({ id: e.id, kind: e.kind, premises: e.premises, conclusion: e.to })),
    ...undercuts.map((u): MapInference => ({ id: u.id, kind: "undercut", premises: u.premises, target: u.targetEdgeId })),
  ];
}

function strengths(edges: readonly MapEdge[], undercuts: readonly MapUndercut[], claims: readonly MapClaim[], semantics: BriefSemantics) {
  const view = mapToBipolarGraph({ claims: claims.map((c) => ({ id: c.id })), inferences: toInferences(edges, undercuts) });
  const result = gradualStrengths(view.graph, semantics);
  return Object.assign(view.project(result.strengths).claims, { converged: result.converged });
}

function groundedLabels(edges: readonly MapEdge[], undercuts: readonly MapUndercut[], claims: readonly MapClaim[]): Map<string, Label> {
  const view = mapToDungFramework({ claims: claims.map((c) => ({ id: c.id })), inferences: toInferences(edges, undercuts) });
  return view.project(groundedLabelling(view.framework)).claims;
}

/** The unraised critical questions of the typed inferences `points` reach the thesis through. */
function openQuestions(points: readonly BriefPoint[], side: OpenQuestionGap["side"], edgeById: ReadonlyMap<string, MapEdge>): OpenQuestionGap[] {
  const seen = new Set<string>();
  const gaps: OpenQuestionGap[] = [];
  for (const point of points) {
    const edge = edgeById.get(point.via.edgeId);
    const scheme = schemeById(edge?.scheme);
    if (!edge || !scheme || seen.has(edge.id)) continue;
    seen.add(edge.id);
    for (const status of questionStatuses(scheme.id, edge.raisedQuestions ?? [])) {
      if (status.raisedBy) continue;
      gaps.push({ kind: "open-question", side, claimId: point.id, edgeId: edge.id, question: status.key, schemeName: scheme.name, text: status.question });
    }
  }
  return gaps;
}
