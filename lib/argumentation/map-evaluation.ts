/**
 * Evaluating an argument map as the map overlay shows it: one verdict per claim, each with a sentence
 * saying why. Builds on map-framework.ts (how the map becomes a framework) and leaves wording of claims
 * to the caller through `describe`, so this stays free of any UI.
 *
 * Dung semantics give each claim a status:
 * - grounded: the grounded labelling, the sceptical core every reasonable position shares;
 * - preferred, credulous: in when some preferred extension accepts it;
 * - preferred, sceptical: in when every preferred extension accepts it;
 * in both preferred modes a claim is out when every preferred extension defeats it, and undecided
 * otherwise. Gradual semantics give each claim a strength in [0, 1] from its base score.
 */
import { labellingOfExtension, type Label } from "./framework";
import { forEachPreferredExtension } from "./extensions";
import { gradualStrengths, DEFAULT_BASE_SCORE, type GradualSemantics } from "./gradual";
import { groundedLabelling } from "./grounded";
import { mapToBipolarGraph, mapToDungFramework, type Defeat, type DungProjection, type MapGraph, type MapInference, type SkippedInference } from "./map-framework";

export type MapSemantics = "grounded" | "preferred-cred" | "preferred-skept" | GradualSemantics;

export const MAP_SEMANTICS: readonly MapSemantics[] = ["grounded", "preferred-cred", "preferred-skept", "dfquad", "qe", "euler"];

export const MAP_SEMANTICS_LABELS: Record<MapSemantics, string> = {
  grounded: "Grounded",
  "preferred-cred": "Preferred, credulous",
  "preferred-skept": "Preferred, sceptical",
  dfquad: "DF-QuAD",
  qe: "Quadratic energy",
  euler: "Euler-based",
};

export function isMapSemantics(value: string | null | undefined): value is MapSemantics {
  return (MAP_SEMANTICS as readonly (string | null | undefined)[]).includes(value);
}

export function isGradualMapSemantics(semantics: MapSemantics): semantics is GradualSemantics {
  return semantics === "dfquad" || semantics === "qe" || semantics === "euler";
}

/**
 * Preferred extensions can be exponentially many (every even cycle of objections doubles them). Past
 * this many the overlay shows no statuses rather than statuses drawn from only some of them.
 */
export const MAX_PREFERRED_EXTENSIONS = 512;

export interface StatusVerdict {
  kind: "status";
  status: Label;
  /** For a claim that is out: the standing objections that defeat it (for preferred, in any extension). */
  defeatedBy: Defeat[];
  explanation: string;
}

export interface StrengthVerdict {
  kind: "strength";
  strength: number;
  base: number;
  explanation: string;
}

export type ClaimVerdict = StatusVerdict | StrengthVerdict;

export interface MapEvaluation {
  semantics: MapSemantics;
  claims: Map<string, ClaimVerdict>;
  skipped: SkippedInference[];
  /** Something the reader must know about the whole result (no convergence, too many extensions). */
  notice: string | null;
}

/** How a claim is named in explanations, e.g. its text quoted and shortened. */
export type DescribeClaim = (claimId: string) => string;

/** Joins names as "A", "A and B", "A, B and C". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

export function evaluateMapGraph(map: MapGraph, semantics: MapSemantics, describe: DescribeClaim): MapEvaluation {
  if (isGradualMapSemantics(semantics)) return evaluateGradual(map, semantics, describe);
  const view = mapToDungFramework(map);
  const objectionsTo = new Map<string, MapInference[]>();
  const undercutsOf = new Map<string, MapInference[]>();
  const skippedIds = new Set(view.skipped.map((s) => s.inferenceId));
  for (const inference of map.inferences) {
    if (skippedIds.has(inference.id)) continue;
    if (inference.kind === "oppose") push(objectionsTo, inference.conclusion!, inference);
    if (inference.kind === "undercut") push(undercutsOf, inference.target!, inference);
  }
  const explainer = new DungExplainer(objectionsTo, undercutsOf, describe);

  if (semantics === "grounded") {
    const projection = view.project(groundedLabelling(view.framework));
    const claims = new Map<string, ClaimVerdict>();
    for (const [claimId, status] of projection.claims) {
      const defeatedBy = projection.defeatedBy.get(claimId) ?? [];
      claims.set(claimId, { kind: "status", status, defeatedBy, explanation: explainer.explain(claimId, projection) });
    }
    return { semantics, claims, skipped: view.skipped, notice: null };
  }

  const projections: DungProjection[] = [];
  let tooMany = false;
  forEachPreferredExtension(view.framework, (members) => {
    if (projections.length === MAX_PREFERRED_EXTENSIONS) {
      tooMany = true;
      return false;
    }
    projections.push(view.project(labellingOfExtension(view.framework, members)));
    return true;
  });
  if (tooMany) {
    return {
      semantics,
      claims: new Map(),
      skipped: view.skipped,
      notice: `This map has more than ${MAX_PREFERRED_EXTENSIONS} preferred extensions; no statuses are shown. The grounded semantics answers at once.`,
    };
  }
  const sceptical = semantics === "preferred-skept";
  // Extensions arrive in the solver's order; defeaters are listed in the map's, so the text is stable.
  const order = new Map(map.inferences.map((inference, index) => [inference.id, index]));
  const total = projections.length;
  const claims = new Map<string, ClaimVerdict>();
  for (const claim of map.claims) {
    const whereIn = projections.filter((p) => p.claims.get(claim.id) === "in");
    const whereOut = projections.filter((p) => p.claims.get(claim.id) === "out");
    const status: Label = (sceptical ? whereIn.length === total : whereIn.length > 0) ? "in" : whereOut.length === total ? "out" : "undec";
    const defeatedBy = uniqueDefeats(whereOut.flatMap((p) => p.defeatedBy.get(claim.id) ?? [])).sort((a, b) => order.get(a.inferenceId)! - order.get(b.inferenceId)!);
    const share = `${whereIn.length} of ${total} preferred extension${total === 1 ? "" : "s"}`;
    let explanation: string;
    if (status === "in") {
      const why = explainer.explain(claim.id, whereIn[0]!);
      explanation = `${sceptical || whereIn.length === total ? `in every preferred extension (${total})` : `in ${share}, so credulously accepted`}; ${why.replace(/^in: /, "")}`;
    } else if (status === "out") {
      // Out needs an attacker that is in, and only objections attack claims, so defeatedBy is never empty.
      explanation = `out in every preferred extension (${total}): defeated by ${explainer.objections(defeatedBy)}.`;
    } else if (whereIn.length > 0) {
      explanation = `undecided: in ${share}, so credulously but not sceptically accepted${whereOut.length > 0 ? `; elsewhere it is defeated by ${explainer.objections(defeatedBy)}` : ""}.`;
    } else {
      const undecided = projections.find((p) => p.claims.get(claim.id) === "undec");
      explanation = `undecided: in no preferred extension, and not defeated in every one${undecided ? `; ${explainer.explain(claim.id, undecided).replace(/^undecided: /, "")}` : "."}`;
    }
    claims.set(claim.id, { kind: "status", status, defeatedBy, explanation });
  }
  return { semantics, claims, skipped: view.skipped, notice: null };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function uniqueDefeats(defeats: Defeat[]): Defeat[] {
  const seen = new Set<string>();
  return defeats.filter((d) => !seen.has(d.inferenceId) && (seen.add(d.inferenceId), true));
}

/** Sentences for one labelling: why a claim is in, out or undecided. */
class DungExplainer {
  constructor(
    private readonly objectionsTo: Map<string, MapInference[]>,
    private readonly undercutsOf: Map<string, MapInference[]>,
    private readonly describe: DescribeClaim,
  ) {}

  /** "“A”" or "“A” with “B” (together)", for an objection's premises. */
  objection(premises: readonly string[]): string {
    const names = premises.map(this.describe);
    return premises.length > 1 ? `${listInWords(names)} (together)` : (names[0] ?? "");
  }

  objections(defeats: readonly Defeat[]): string {
    return listInWords(defeats.map((d) => this.objection(d.premises)));
  }

  explain(claimId: string, projection: DungProjection): string {
    const status = projection.claims.get(claimId) ?? "undec";
    const objections = this.objectionsTo.get(claimId) ?? [];
    if (status === "out") {
      const defeats = projection.defeatedBy.get(claimId) ?? [];
      return `out: defeated by ${this.objections(defeats)}, an objection that stands.`;
    }
    if (status === "in") {
      if (objections.length === 0) return "in: nothing objects to it.";
      const reasons = objections.map((o) => this.whyObjectionFails(o, projection));
      return `in: every objection to it is defeated: ${reasons.join("; ")}.`;
    }
    const open = objections.filter((o) => projection.inferences.get(o.id) === "undec");
    if (open.length === 0) return "undecided: it is caught in a cycle of objections that nothing outside settles.";
    return `undecided: ${listInWords(open.map((o) => this.objection(o.premises)))} ${open.length === 1 ? "is" : "are"} neither established nor defeated (a cycle of objections that nothing outside settles).`;
  }

  private whyObjectionFails(objection: MapInference, projection: DungProjection): string {
    const name = this.objection(objection.premises);
    const outPremises = objection.premises.filter((p) => projection.claims.get(p) === "out");
    if (outPremises.length > 0) {
      const reasons = outPremises.map((p) => `${this.describe(p)} is out, defeated by ${this.objections(projection.defeatedBy.get(p) ?? [])}`);
      return objection.premises.length > 1 ? `${name} fails because ${listInWords(reasons)}` : reasons.join("");
    }
    const standingUndercuts = (this.undercutsOf.get(objection.id) ?? []).filter((u) => projection.inferences.get(u.id) === "in");
    if (standingUndercuts.length > 0) return `${name} is undercut by ${listInWords(standingUndercuts.map((u) => this.objection(u.premises)))}`;
    return `${name} does not stand`;
  }
}

function evaluateGradual(map: MapGraph, semantics: GradualSemantics, describe: DescribeClaim): MapEvaluation {
  const view = mapToBipolarGraph(map);
  const result = gradualStrengths(view.graph, semantics);
  const projection = view.project(result.strengths);
  const skippedIds = new Set(view.skipped.map((s) => s.inferenceId));
  const reasonsFor = new Map<string, MapInference[]>();
  const undercut = new Set<string>();
  for (const inference of map.inferences) {
    if (skippedIds.has(inference.id)) continue;
    if (inference.kind === "undercut") undercut.add(inference.target!);
    else push(reasonsFor, inference.conclusion!, inference);
  }
  const named = (inference: MapInference) => {
    const premises = inference.premises.map(describe);
    const strength = projection.inferences.get(inference.id) ?? 0;
    return `${premises.length > 1 ? `${listInWords(premises)} (together)` : premises[0]} (${formatStrength(strength)}${undercut.has(inference.id) ? ", weakened by an undercut" : ""})`;
  };
  const claims = new Map<string, ClaimVerdict>();
  for (const claim of map.claims) {
    const base = claim.base ?? DEFAULT_BASE_SCORE;
    const strength = projection.claims.get(claim.id) ?? base;
    const reasons = reasonsFor.get(claim.id) ?? [];
    const attackers = reasons.filter((r) => r.kind === "oppose");
    const supporters = reasons.filter((r) => r.kind === "support");
    const parts: string[] = [];
    if (attackers.length > 0) parts.push(`opposed by ${listInWords(attackers.map(named))}`);
    if (supporters.length > 0) parts.push(`supported by ${listInWords(supporters.map(named))}`);
    const explanation =
      parts.length === 0
        ? `${formatStrength(strength)}: nothing supports or opposes it, so it keeps its base score.`
        : `${formatStrength(strength)}: from a base score of ${formatStrength(base)}, ${parts.join("; ")}.`;
    claims.set(claim.id, { kind: "strength", strength, base, explanation });
  }
  const notice = result.converged
    ? null
    : `The strengths did not settle on this map's cycles (${result.iterations} iterations); the values shown are the last iterate.`;
  return { semantics, claims, skipped: view.skipped, notice };
}

/** Strengths to two decimals: finer differences mean nothing to a reader of the map. */
export function formatStrength(value: number): string {
  return value.toFixed(2);
}
