/**
 * How an argument map (claims, and inferences between them) becomes the input of the semantics.
 *
 * Dung view (grounded, preferred, ...):
 * - every claim is an argument, named by its id;
 * - every inference i is an auxiliary argument `inf:<i>`, "the inference i stands". For each premise p
 *   of i there is a guard `neg:<i>:<p>` ("p fails") that p attacks and that attacks `inf:<i>`; so
 *   `inf:<i>` is in exactly when all its premises are in (linked premises act together) and no
 *   undercut of it stands, and out as soon as one premise is out;
 * - an oppose inference's `inf:<i>` attacks its conclusion;
 * - an undercut's `inf:<u>` attacks the `inf:<t>` of the inference t it targets (undercuts of
 *   undercuts work the same way);
 * - a support inference's `inf:<i>` attacks nothing: supports do not count in the Dung view (no
 *   supported or mediated attacks). Its argument exists only so that the map can show whether the
 *   support itself stands or is undercut.
 *
 * Gradual view (DF-QuAD, quadratic energy, Euler-based):
 * - every claim is an argument with its base score (default 0.5);
 * - an inference contributes one edge to what it acts on: support -> a support edge to its
 *   conclusion, oppose -> an attack edge to its conclusion, undercut -> an attack edge to the
 *   inference it targets;
 * - the edge starts at the single premise when the inference has exactly one premise and no undercut
 *   aims at it, so the plain case is the plain bipolar graph;
 * - otherwise it starts at an auxiliary conjunction node `inf:<i>` (see gradual.ts) whose strength is
 *   the product of its premises' strengths times (1 - strength) of each undercut aimed at it: the
 *   chance that all premises hold and no undercut does, if they were independent. Because the
 *   conjunction is one fixed formula, all three semantics see the same inference strength and differ
 *   only in how a claim aggregates the inferences that reach it. (Under DF-QuAD the conjunction equals
 *   what a base-1 argument attacked by "p fails" guards would get; a base-1 argument cannot be used
 *   for the Euler-based semantics, which never moves a base score of 1.)
 *
 * Inferences that refer to a claim or inference not in the map, or have no premises, are left out and
 * reported in `skipped`, together with undercuts of left-out inferences.
 */
import { FrameworkBuilder, IN, OUT, labelName, type Framework, type Label } from "./framework";
import { buildBipolarGraph, type BipolarGraph } from "./gradual";

export interface MapClaim {
  id: string;
  /** Base score in [0, 1] for the gradual view; 0.5 when absent. Ignored by the Dung view. */
  base?: number;
}

export interface MapInference {
  id: string;
  kind: "support" | "oppose" | "undercut";
  /** Claim ids; several premises are linked (they support the conclusion only together). */
  premises: string[];
  /** Claim id, for support and oppose. */
  conclusion?: string;
  /** Inference id, for undercut. */
  target?: string;
}

export interface MapGraph {
  claims: MapClaim[];
  inferences: MapInference[];
}

export interface SkippedInference {
  inferenceId: string;
  reason: string;
}

export interface Defeat {
  /** The oppose inference that stands and attacks the claim. */
  inferenceId: string;
  /** Its premises (claim ids), all in: the objection that defeats the claim. */
  premises: string[];
}

export interface DungProjection {
  claims: Map<string, Label>;
  /** Whether each inference stands (in), is defeated (out: a premise out or an undercut in) or neither. */
  inferences: Map<string, Label>;
  /** For each claim labelled out: the standing objections that attack it. */
  defeatedBy: Map<string, Defeat[]>;
}

export interface DungView {
  framework: Framework;
  /** Index in `framework` of each claim's argument. */
  claimArgument: ReadonlyMap<string, number>;
  /** Index in `framework` of each inference's `inf:` argument. */
  inferenceArgument: ReadonlyMap<string, number>;
  skipped: SkippedInference[];
  /** Claims' and inferences' labels from a labelling of `framework` (auxiliary guards hidden). */
  project(labels: ArrayLike<number>): DungProjection;
}

export interface GradualProjection {
  claims: Map<string, number>;
  /** The strength with which each inference acts on its conclusion or target. */
  inferences: Map<string, number>;
}

export interface GradualView {
  graph: BipolarGraph;
  skipped: SkippedInference[];
  /** Claims' and inferences' strengths from the strengths of `graph`'s nodes. */
  project(strengths: ArrayLike<number>): GradualProjection;
}

export const inferenceArgumentName = (inferenceId: string): string => `inf:${inferenceId}`;
export const premiseGuardName = (inferenceId: string, premise: string): string => `neg:${inferenceId}:${premise}`;

/** The inferences that can be evaluated, with duplicate premises removed; the rest with reasons. */
function usableInferences(map: MapGraph): { usable: MapInference[]; skipped: SkippedInference[] } {
  const claimIds = new Set<string>();
  for (const claim of map.claims) {
    if (claimIds.has(claim.id)) throw new RangeError(`Claim ${claim.id} appears twice in the map.`);
    claimIds.add(claim.id);
  }
  const byId = new Map<string, MapInference>();
  for (const inference of map.inferences) {
    if (byId.has(inference.id)) throw new RangeError(`Inference ${inference.id} appears twice in the map.`);
    byId.set(inference.id, inference);
  }
  const reasons = new Map<string, string>();
  for (const inference of map.inferences) {
    const missing = inference.premises.find((p) => !claimIds.has(p));
    if (inference.premises.length === 0) reasons.set(inference.id, "it has no premises");
    else if (missing !== undefined) reasons.set(inference.id, `premise ${missing} is not a claim of the map`);
    else if (inference.kind !== "undercut" && (inference.conclusion === undefined || !claimIds.has(inference.conclusion))) {
      reasons.set(inference.id, `conclusion ${inference.conclusion ?? "(none)"} is not a claim of the map`);
    } else if (inference.kind === "undercut" && (inference.target === undefined || !byId.has(inference.target))) {
      reasons.set(inference.id, `target ${inference.target ?? "(none)"} is not an inference of the map`);
    }
  }
  // An undercut of a left-out inference has nothing to act on; repeat until chains are settled.
  for (let changed = true; changed; ) {
    changed = false;
    for (const inference of map.inferences) {
      if (inference.kind === "undercut" && !reasons.has(inference.id) && reasons.has(inference.target!)) {
        reasons.set(inference.id, `its target ${inference.target} is left out`);
        changed = true;
      }
    }
  }
  const usable = map.inferences
    .filter((i) => !reasons.has(i.id))
    .map((i) => ({ ...i, premises: [...new Set(i.premises)] }));
  const skipped = map.inferences.filter((i) => reasons.has(i.id)).map((i) => ({ inferenceId: i.id, reason: reasons.get(i.id)! }));
  return { usable, skipped };
}

function addUniqueArgument(builder: FrameworkBuilder, name: string): number {
  if (builder.has(name)) throw new RangeError(`Argument name ${name} is used twice (a claim id clashes with an auxiliary name).`);
  return builder.addArgument(name);
}

export function mapToDungFramework(map: MapGraph): DungView {
  const { usable, skipped } = usableInferences(map);
  const builder = new FrameworkBuilder();
  const claimArgument = new Map<string, number>();
  for (const claim of map.claims) claimArgument.set(claim.id, addUniqueArgument(builder, claim.id));
  const inferenceArgument = new Map<string, number>();
  for (const inference of usable) inferenceArgument.set(inference.id, addUniqueArgument(builder, inferenceArgumentName(inference.id)));
  for (const inference of usable) {
    const self = inferenceArgument.get(inference.id)!;
    for (const premise of inference.premises) {
      const guard = addUniqueArgument(builder, premiseGuardName(inference.id, premise));
      builder.addAttack(claimArgument.get(premise)!, guard);
      builder.addAttack(guard, self);
    }
    if (inference.kind === "oppose") builder.addAttack(self, claimArgument.get(inference.conclusion!)!);
    if (inference.kind === "undercut") builder.addAttack(self, inferenceArgument.get(inference.target!)!);
  }
  const framework = builder.build();
  const byArgument = new Map<number, MapInference>();
  for (const inference of usable) byArgument.set(inferenceArgument.get(inference.id)!, inference);

  const project = (labels: ArrayLike<number>): DungProjection => {
    const claims = new Map<string, Label>();
    const defeatedBy = new Map<string, Defeat[]>();
    for (const [claimId, x] of claimArgument) {
      const label = labels[x] ?? 0;
      claims.set(claimId, labelName(label));
      if (label !== OUT) continue;
      // Only oppose inferences attack claims, so every in attacker is a standing objection.
      const defeats = (framework.attackersOf[x] ?? [])
        .filter((attacker) => labels[attacker] === IN)
        .map((attacker) => byArgument.get(attacker)!)
        .map((inference) => ({ inferenceId: inference.id, premises: [...inference.premises] }));
      defeatedBy.set(claimId, defeats);
    }
    const inferences = new Map<string, Label>();
    for (const [inferenceId, x] of inferenceArgument) inferences.set(inferenceId, labelName(labels[x] ?? 0));
    return { claims, inferences, defeatedBy };
  };
  return { framework, claimArgument, inferenceArgument, skipped, project };
}

export function mapToBipolarGraph(map: MapGraph): GradualView {
  const { usable, skipped } = usableInferences(map);
  const undercutBy = new Map<string, MapInference[]>();
  for (const inference of usable) {
    if (inference.kind !== "undercut") continue;
    const list = undercutBy.get(inference.target!) ?? [];
    list.push(inference);
    undercutBy.set(inference.target!, list);
  }
  const needsConjunction = (inference: MapInference) => inference.premises.length > 1 || undercutBy.has(inference.id);
  /** The node an inference's edge starts from: its premise, or its conjunction node. */
  const source = (inference: MapInference) => (needsConjunction(inference) ? inferenceArgumentName(inference.id) : inference.premises[0]!);

  const claimIds = new Set(map.claims.map((c) => c.id));
  const nodes: { id: string; base?: number; conjunction?: boolean }[] = map.claims.map((c) => ({ id: c.id, base: c.base }));
  const attacks: [string, string][] = [];
  const supports: [string, string][] = [];
  for (const inference of usable) {
    if (needsConjunction(inference)) {
      const name = inferenceArgumentName(inference.id);
      if (claimIds.has(name)) throw new RangeError(`Claim id ${name} clashes with an auxiliary name.`);
      nodes.push({ id: name, conjunction: true });
      for (const premise of inference.premises) supports.push([premise, name]);
    }
  }
  for (const inference of usable) {
    const from = source(inference);
    if (inference.kind === "support") supports.push([from, inference.conclusion!]);
    else if (inference.kind === "oppose") attacks.push([from, inference.conclusion!]);
    else attacks.push([from, inferenceArgumentName(inference.target!)]);
  }
  const graph = buildBipolarGraph({ arguments: nodes, attacks, supports });
  const project = (strengths: ArrayLike<number>): GradualProjection => {
    const claims = new Map<string, number>();
    for (const claim of map.claims) claims.set(claim.id, strengths[graph.indexOf.get(claim.id)!] ?? Number.NaN);
    const inferences = new Map<string, number>();
    for (const inference of usable) inferences.set(inference.id, strengths[graph.indexOf.get(source(inference))!] ?? Number.NaN);
    return { claims, inferences };
  };
  return { graph, skipped, project };
}
