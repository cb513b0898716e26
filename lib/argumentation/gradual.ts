/**
 * Gradual semantics on weighted bipolar graphs: every argument has a base score in [0, 1], attackers
 * and supporters; its strength is a number in [0, 1] computed from the base score and the strengths of
 * its attackers and supporters.
 *
 * - DF-QuAD (Rago, Toni, Aurisicchio and Baroni, KR 2016). Attackers and supporters are each
 *   aggregated by F(v1..vn) = 1 - (1 - v1)...(1 - vn) (F of nothing is 0); with va, vs the two
 *   aggregates and w the base score, strength = w - w(va - vs) if va >= vs, else w + (1 - w)(vs - va).
 * - Quadratic energy (Potyka, KR 2018). Energy E = sum of supporters' strengths - sum of attackers';
 *   h(x) = max(x, 0)^2 / (1 + max(x, 0)^2); strength = w - w h(-E) + (1 - w) h(E).
 * - Euler-based (Amgoud and Ben-Naim, ECSQARU 2017). E as above; strength = 1 - (1 - w^2) / (1 + w e^E).
 *   (A known property of this semantics: base scores 0 and 1 can never move, and no strength falls
 *   below w^2.)
 *
 * Besides these, a graph may contain conjunction nodes (used by map-framework.ts for inferences with
 * linked premises or undercuts): a conjunction's strength is the product of its supporters' strengths
 * times the product of (1 - strength) over its attackers, whatever the semantics, and its base score is
 * ignored. It reads "all premises hold and no undercut does", as a probability under independence.
 *
 * Acyclic graphs are evaluated in one pass in topological order, which is exact. In a cyclic graph the
 * acyclic upstream part is still done in one pass; the rest is iterated from the base scores with the
 * Jacobi update s <- f(s) until the largest change is below the tolerance. Where that oscillates (it
 * can, e.g. DF-QuAD on two mutually attacking arguments with base 1), the iteration is repeated on
 * Potyka's continuous model ds/dt = f(s) - s by Euler steps of size 0.5 and then 0.1: its fixed points
 * are the same as the update's, it just approaches them without overshooting. When none converges, the
 * result says so (`converged: false`, the iterations spent and the last largest change); the strengths
 * then are only the last iterate.
 */

export type GradualSemantics = "dfquad" | "qe" | "euler";

export interface BipolarGraph {
  readonly names: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  readonly base: Float64Array;
  /** 1 for conjunction nodes (see above), 0 for ordinary arguments. */
  readonly conjunction: Uint8Array;
  readonly attackersOf: readonly (readonly number[])[];
  readonly supportersOf: readonly (readonly number[])[];
}

export interface BipolarGraphInput {
  arguments: readonly { id: string; base?: number; conjunction?: boolean }[];
  attacks?: readonly (readonly [string, string])[];
  supports?: readonly (readonly [string, string])[];
}

/** Default base score of an argument whose base score is not given. */
export const DEFAULT_BASE_SCORE = 0.5;

/** Builds a bipolar graph; throws RangeError on a repeated id, an unknown name or a base outside [0, 1]. */
export function buildBipolarGraph(input: BipolarGraphInput): BipolarGraph {
  const names: string[] = [];
  const indexOf = new Map<string, number>();
  for (const argument of input.arguments) {
    if (indexOf.has(argument.id)) throw new RangeError(`Argument ${argument.id} is listed twice.`);
    const base = argument.base ?? DEFAULT_BASE_SCORE;
    if (!(base >= 0 && base <= 1)) throw new RangeError(`Argument ${argument.id} has base score ${base}, outside [0, 1].`);
    indexOf.set(argument.id, names.length);
    names.push(argument.id);
  }
  const base = Float64Array.from(input.arguments, (a) => a.base ?? DEFAULT_BASE_SCORE);
  const conjunction = Uint8Array.from(input.arguments, (a) => (a.conjunction ? 1 : 0));
  const adjacency = (edges: readonly (readonly [string, string])[] | undefined, kind: string) => {
    const incoming: number[][] = names.map(() => []);
    const seen = new Set<string>();
    for (const [from, to] of edges ?? []) {
      const f = indexOf.get(from);
      const t = indexOf.get(to);
      if (f === undefined || t === undefined) throw new RangeError(`The ${kind} ${from} -> ${to} names an unknown argument.`);
      // A relation: a repeated edge is the same edge, as for attacks in a Dung framework.
      const key = `${f} ${t}`;
      if (seen.has(key)) continue;
      seen.add(key);
      incoming[t]!.push(f);
    }
    return incoming;
  };
  return {
    names,
    indexOf,
    base,
    conjunction,
    attackersOf: adjacency(input.attacks, "attack"),
    supportersOf: adjacency(input.supports, "support"),
  };
}

export interface GradualOptions {
  /**
   * Largest |f(s) - s| accepted as converged (default 1e-12). Where the update contracts with factor
   * L < 1 the error is at most tolerance / (1 - L), inside 1e-6 unless L > 0.999999; where it does not
   * contract, convergence can be too slow to reach the tolerance, and is then reported as failed.
   */
  tolerance?: number;
  /** Iterations allowed per attempt of a cyclic graph (default 10,000). */
  maxIterations?: number;
}

export type GradualMethod = "topological" | "jacobi" | "continuous";

export interface GradualResult {
  converged: boolean;
  strengths: Float64Array;
  /** How the result was obtained: one pass, the Jacobi update, or the damped continuous model. */
  method: GradualMethod;
  /** Sweeps over the cyclic part, summed over attempts (0 for an acyclic graph). */
  iterations: number;
  /** Largest |f(s) - s| at the end; 0 for an acyclic graph. */
  maxDelta: number;
}

function aggregateProbabilistic(strengths: Float64Array, from: readonly number[]): number {
  let none = 1;
  for (const x of from) none *= 1 - strengths[x]!;
  return 1 - none;
}

function sum(strengths: Float64Array, from: readonly number[]): number {
  let total = 0;
  for (const x of from) total += strengths[x]!;
  return total;
}

function quadraticDamping(x: number): number {
  const positive = Math.max(x, 0);
  return (positive * positive) / (1 + positive * positive);
}

/** The strength argument x would have given the current strengths of its neighbours. */
export function updatedStrength(graph: BipolarGraph, semantics: GradualSemantics, x: number, strengths: Float64Array): number {
  const attackers = graph.attackersOf[x]!;
  const supporters = graph.supportersOf[x]!;
  if (graph.conjunction[x]) {
    let value = 1;
    for (const s of supporters) value *= strengths[s]!;
    for (const a of attackers) value *= 1 - strengths[a]!;
    return value;
  }
  const w = graph.base[x]!;
  // Every semantics leaves an argument without attackers or supporters at its base score; returning
  // it directly keeps that exact where the formulas would round (Euler-based at tiny w, say).
  if (attackers.length === 0 && supporters.length === 0) return w;
  switch (semantics) {
    case "dfquad": {
      const va = aggregateProbabilistic(strengths, attackers);
      const vs = aggregateProbabilistic(strengths, supporters);
      return va >= vs ? w - w * (va - vs) : w + (1 - w) * (vs - va);
    }
    case "qe": {
      const energy = sum(strengths, supporters) - sum(strengths, attackers);
      return w - w * quadraticDamping(-energy) + (1 - w) * quadraticDamping(energy);
    }
    case "euler": {
      const energy = sum(strengths, supporters) - sum(strengths, attackers);
      return 1 - (1 - w * w) / (1 + w * Math.exp(energy));
    }
  }
}

/**
 * Topological order of the part of the graph not downstream of a cycle (Kahn's algorithm over attacks
 * and supports), and the remaining nodes, which need iteration.
 */
function splitAcyclicPart(graph: BipolarGraph): { ordered: number[]; cyclic: number[] } {
  const n = graph.names.length;
  const inDegree = new Int32Array(n);
  const outgoing: number[][] = Array.from({ length: n }, () => []);
  for (let x = 0; x < n; x++) {
    for (const from of graph.attackersOf[x]!) outgoing[from]!.push(x);
    for (const from of graph.supportersOf[x]!) outgoing[from]!.push(x);
    inDegree[x] = graph.attackersOf[x]!.length + graph.supportersOf[x]!.length;
  }
  const ordered: number[] = [];
  for (let x = 0; x < n; x++) if (inDegree[x] === 0) ordered.push(x);
  for (let head = 0; head < ordered.length; head++) {
    for (const next of outgoing[ordered[head]!]!) {
      inDegree[next] = inDegree[next]! - 1;
      if (inDegree[next] === 0) ordered.push(next);
    }
  }
  const cyclic: number[] = [];
  for (let x = 0; x < n; x++) if (inDegree[x]! > 0) cyclic.push(x);
  return { ordered, cyclic };
}

export function gradualStrengths(graph: BipolarGraph, semantics: GradualSemantics, options: GradualOptions = {}): GradualResult {
  const tolerance = options.tolerance ?? 1e-12;
  const maxIterations = options.maxIterations ?? 10_000;
  const strengths = Float64Array.from(graph.base);
  const { ordered, cyclic } = splitAcyclicPart(graph);
  for (const x of ordered) strengths[x] = updatedStrength(graph, semantics, x, strengths);
  if (cyclic.length === 0) return { converged: true, strengths, method: "topological", iterations: 0, maxDelta: 0 };

  const start = Float64Array.from(strengths);
  const next = new Float64Array(strengths.length);
  let iterations = 0;
  let maxDelta = Number.POSITIVE_INFINITY;
  // Step 1 is the discrete (Jacobi) update; smaller steps follow the continuous model.
  for (const step of [1, 0.5, 0.1]) {
    strengths.set(start);
    for (let sweep = 0; sweep < maxIterations; sweep++) {
      iterations++;
      maxDelta = 0;
      for (const x of cyclic) {
        const target = updatedStrength(graph, semantics, x, strengths);
        maxDelta = Math.max(maxDelta, Math.abs(target - strengths[x]!));
        next[x] = strengths[x]! + step * (target - strengths[x]!);
      }
      for (const x of cyclic) strengths[x] = next[x]!;
      if (maxDelta < tolerance) {
        return { converged: true, strengths, method: step === 1 ? "jacobi" : "continuous", iterations, maxDelta };
      }
    }
  }
  return { converged: false, strengths, method: "continuous", iterations, maxDelta };
}
