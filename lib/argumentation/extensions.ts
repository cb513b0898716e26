/**
 * Complete, preferred and stable extensions, all through complete labellings (Caminada 2006): every
 * argument is in, out or undecided, and
 *   in     iff all of its attackers are out,
 *   out    iff some attacker is in,
 *   undec  otherwise.
 * Complete extensions are the in-sets of these labellings, stable ones those with nothing undecided,
 * preferred ones those whose in-set is maximal for inclusion.
 *
 * Two engines, each where it is strongest:
 *
 * - Complete extensions are enumerated by a depth-first labelling search. Each argument carries a
 *   domain, a subset of {in, out, undec}; the condition above, one per argument, is a constraint over
 *   the argument and its attackers, and propagation keeps every constraint generalised-arc-consistent
 *   (a value stays only while some choice of the other arguments' values supports it). The first
 *   propagation alone yields the grounded labelling. Branching decides "in" or "not in" for one
 *   argument at a time; once every in-decision is made the labelling is fixed, so each leaf is one
 *   complete labelling and none is found twice. There can be exponentially many complete extensions;
 *   the search visits each once and propagation cuts most dead ends before they are entered.
 *
 * - Preferred and stable extensions and acceptance questions go to a CDCL SAT solver (sat.ts) on the
 *   standard encoding of complete labellings (Cerutti, Dunne, Giacomin and Vallati 2013), with two
 *   variables per argument, in(x) and out(x):
 *     not in(x) or not out(x);
 *     in(x) -> out(y) for each attacker y, and (all attackers out) -> in(x);
 *     in(y) -> out(x) for each attacker y, and out(x) -> (some attacker in);
 *   plus in(x) or out(x) for stable semantics. Preferred extensions come from deciding only in(x)
 *   variables, always true first: each model is then a maximal complete extension (see sat.ts), and
 *   after each one a clause excludes it and its subsets (see enumerateMaximal). This is the method
 *   of clingo's domain heuristic with --enum-mode=domRec; learning does what plain backtracking
 *   cannot, so the same dead end is not explored twice. Unit propagation at level 0 computes the
 *   grounded labelling, so the search starts from it.
 */
import { groundedExtension } from "./grounded";
import type { Framework } from "./framework";
import { negative, positive, SatSolver } from "./sat";

/** Domain bits: which labels an argument may still take. */
const CAN_IN = 1;
const CAN_OUT = 2;
const CAN_UNDEC = 4;
const CAN_OUT_OR_UNDEC = CAN_OUT | CAN_UNDEC;

export type DungSemantics = "grounded" | "complete" | "preferred" | "stable";

/** Depth-first search over the complete labellings of one framework (see the top of the file). */
class CompleteLabellingSearch {
  private readonly n: number;
  private readonly domain: Uint8Array;
  private readonly attackers: Int32Array[]; // attackers without the argument itself
  private readonly targets: Int32Array[]; // targets without the argument itself
  private readonly selfAttacking: Uint8Array;
  private readonly branchOrder: Int32Array;

  // Undo trail: which argument changed and its domain before the change.
  private trailArgument: Int32Array;
  private trailDomain: Uint8Array;
  private trailLength = 0;

  // Constraints waiting for revision (constraint x = the condition on argument x), a ring buffer.
  private readonly pending: Int32Array;
  private readonly isPending: Uint8Array;
  private pendingHead = 0;
  private pendingCount = 0;
  private conflict = false;

  constructor(af: Framework) {
    const n = af.names.length;
    this.n = n;
    this.domain = new Uint8Array(n).fill(CAN_IN | CAN_OUT | CAN_UNDEC);
    this.selfAttacking = new Uint8Array(n);
    this.attackers = [];
    this.targets = [];
    for (let x = 0; x < n; x++) {
      const attackers = af.attackersOf[x] ?? [];
      if (attackers.includes(x)) this.selfAttacking[x] = 1;
      this.attackers.push(Int32Array.from(attackers.filter((y) => y !== x)));
      this.targets.push(Int32Array.from((af.targetsOf[x] ?? []).filter((y) => y !== x)));
    }
    this.trailArgument = new Int32Array(Math.max(16, 4 * n));
    this.trailDomain = new Uint8Array(this.trailArgument.length);
    this.pending = new Int32Array(n);
    this.isPending = new Uint8Array(n);
    // Deciding arguments with many attacks first settles the most labels per decision.
    this.branchOrder = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => this.degree(b) - this.degree(a) || a - b);
  }

  private degree(x: number): number {
    return (this.targets[x]?.length ?? 0) + (this.attackers[x]?.length ?? 0);
  }

  /** Calls `onExtension` with the in-set (ascending) of every complete labelling. */
  run(onExtension: (members: number[]) => void): void {
    for (let x = 0; x < this.n; x++) this.schedule(x);
    if (!this.propagate()) return;
    const stack: { argument: number; mark: number; alternatives: number[]; next: number }[] = [];
    for (;;) {
      const x = this.chooseArgument();
      let descended = false;
      if (x < 0) {
        onExtension(this.inArguments());
      } else {
        const d = this.domain[x]!;
        const lowest = d & -d;
        const alternatives = d & CAN_IN ? [CAN_IN, d & ~CAN_IN] : [lowest, d & ~lowest];
        stack.push({ argument: x, mark: this.trailLength, alternatives, next: 0 });
        descended = this.tryNextAlternative(stack[stack.length - 1]!);
      }
      while (!descended) {
        const top = stack[stack.length - 1];
        if (!top) return;
        descended = this.tryNextAlternative(top);
        if (!descended) stack.pop();
      }
    }
  }

  private tryNextAlternative(decision: { argument: number; mark: number; alternatives: number[]; next: number }): boolean {
    while (decision.next < decision.alternatives.length) {
      this.undoTo(decision.mark);
      this.restrict(decision.argument, decision.alternatives[decision.next++]!);
      if (this.propagate()) return true;
    }
    this.undoTo(decision.mark);
    return false;
  }

  /** An argument still open, preferring one that may be in; -1 when the labelling is fixed. */
  private chooseArgument(): number {
    let fallback = -1;
    for (let i = 0; i < this.n; i++) {
      const x = this.branchOrder[i]!;
      const d = this.domain[x]!;
      if (d === CAN_IN || d === CAN_OUT || d === CAN_UNDEC) continue;
      if (d & CAN_IN) return x;
      if (fallback < 0) fallback = x;
    }
    // Propagation fixes every argument once all in-decisions are made, so this is only a safeguard.
    return fallback;
  }

  private inArguments(): number[] {
    const members: number[] = [];
    for (let x = 0; x < this.n; x++) if (this.domain[x] === CAN_IN) members.push(x);
    return members;
  }

  /** Narrow x's domain to its intersection with `allowed`, recording the change and scheduling revisions. */
  private restrict(x: number, allowed: number): void {
    const old = this.domain[x]!;
    const next = old & allowed;
    if (next === old) return;
    if (next === 0) {
      this.conflict = true;
      return;
    }
    if (this.trailLength === this.trailArgument.length) this.growTrail();
    this.trailArgument[this.trailLength] = x;
    this.trailDomain[this.trailLength] = old;
    this.trailLength++;
    this.domain[x] = next;
    this.schedule(x);
    for (const t of this.targets[x]!) this.schedule(t);
  }

  private growTrail(): void {
    const argument = new Int32Array(this.trailArgument.length * 2);
    argument.set(this.trailArgument);
    const domain = new Uint8Array(argument.length);
    domain.set(this.trailDomain);
    this.trailArgument = argument;
    this.trailDomain = domain;
  }

  private undoTo(mark: number): void {
    while (this.trailLength > mark) {
      this.trailLength--;
      this.domain[this.trailArgument[this.trailLength]!] = this.trailDomain[this.trailLength]!;
    }
  }

  private schedule(constraint: number): void {
    if (this.isPending[constraint]) return;
    this.isPending[constraint] = 1;
    this.pending[(this.pendingHead + this.pendingCount) % this.n] = constraint;
    this.pendingCount++;
  }

  /** Revise until nothing changes; false (and an empty queue) on a conflict. */
  private propagate(): boolean {
    while (!this.conflict) {
      if (this.pendingCount === 0) return true;
      const constraint = this.pending[this.pendingHead]!;
      this.pendingHead = (this.pendingHead + 1) % this.n;
      this.pendingCount--;
      this.isPending[constraint] = 0;
      this.revise(constraint);
    }
    while (this.pendingCount > 0) {
      this.isPending[this.pending[this.pendingHead]!] = 0;
      this.pendingHead = (this.pendingHead + 1) % this.n;
      this.pendingCount--;
    }
    this.conflict = false;
    return false;
  }

  /**
   * Make the condition on argument a arc-consistent. Its attackers B (without a itself) are counted by
   * which labels they may still take; a value survives only if some labelling of the others fits it:
   *   a in     needs every attacker able to be out (and a not attacking itself);
   *   a out    needs some attacker able to be in;
   *   a undec  needs every attacker able to avoid in, and one able to be undecided (a itself, if it
   *            attacks itself, is such an attacker).
   * The same reasoning with one attacker held fixed gives the values each attacker keeps.
   */
  private revise(a: number): void {
    const attackers = this.attackers[a]!;
    const self = this.selfAttacking[a] === 1;
    const k = attackers.length;
    let canIn = 0;
    let canOut = 0;
    let canUndec = 0;
    let canAvoidIn = 0;
    for (let i = 0; i < k; i++) {
      const d = this.domain[attackers[i]!]!;
      if (d & CAN_IN) canIn++;
      if (d & CAN_OUT) canOut++;
      if (d & CAN_UNDEC) canUndec++;
      if (d & CAN_OUT_OR_UNDEC) canAvoidIn++;
    }
    let supported = 0;
    if (!self && canOut === k) supported |= CAN_IN;
    if (canIn > 0) supported |= CAN_OUT;
    if (canAvoidIn === k && (self || canUndec > 0)) supported |= CAN_UNDEC;
    this.restrict(a, supported);
    if (this.conflict) return;
    const A = this.domain[a]!;
    // Values of a fixed attacker b are supported through a's values; the counts below exclude b.
    for (let i = 0; i < k; i++) {
      const b = attackers[i]!;
      const d = this.domain[b]!;
      const othersCanIn = canIn - (d & CAN_IN ? 1 : 0);
      const othersCanOut = canOut - (d & CAN_OUT ? 1 : 0);
      const othersCanUndec = canUndec - (d & CAN_UNDEC ? 1 : 0);
      const othersAvoidIn = canAvoidIn - (d & CAN_OUT_OR_UNDEC ? 1 : 0);
      const others = k - 1;
      let keep = 0;
      if (A & CAN_OUT) keep |= CAN_IN;
      if (
        (A & CAN_IN && !self && othersCanOut === others) ||
        (A & CAN_OUT && othersCanIn > 0) ||
        (A & CAN_UNDEC && othersAvoidIn === others && (self || othersCanUndec > 0))
      ) {
        keep |= CAN_OUT;
      }
      if ((A & CAN_UNDEC && othersAvoidIn === others) || (A & CAN_OUT && othersCanIn > 0)) keep |= CAN_UNDEC;
      if ((d & keep) !== d) {
        // Counts for later attackers in this loop stay as they were: slightly weaker, still sound, and
        // this change schedules the constraint again.
        this.restrict(b, keep);
        if (this.conflict) return;
      }
    }
  }
}

const inVariable = (x: number) => 2 * x;
const outVariable = (x: number) => 2 * x + 1;

/** A solver holding the complete-labelling encoding of the framework (stable: nothing undecided). */
function labellingSolver(af: Framework, stable: boolean): SatSolver {
  const n = af.names.length;
  const solver = new SatSolver(2 * n, Array.from({ length: n }, (_, x) => inVariable(x)));
  for (let x = 0; x < n; x++) {
    const attackers = af.attackersOf[x] ?? [];
    const inX = inVariable(x);
    const outX = outVariable(x);
    solver.addClause([negative(inX), negative(outX)]);
    for (const y of attackers) {
      solver.addClause([negative(inX), positive(outVariable(y))]);
      solver.addClause([positive(outX), negative(inVariable(y))]);
    }
    solver.addClause([positive(inX), ...attackers.map((y) => negative(outVariable(y)))]);
    solver.addClause([negative(outX), ...attackers.map((y) => positive(inVariable(y)))]);
    if (stable) solver.addClause([positive(inX), positive(outX)]);
  }
  return solver;
}

/**
 * Calls `visit` with the in-set of each model in turn until there is no model left or `visit` returns
 * false. With the in-variables decided true first every model is a maximal complete extension M, i.e.
 * preferred (stable extensions are preferred too). After each, a clause rules out M and exactly the
 * complete extensions below it. Two clauses do that, and the shorter is used (short clauses are cheap
 * to propagate): "some argument that M attacks is in" and "some member of M is out". For a complete
 * extension P that satisfies neither, P attacks no member of M and M attacks no member of P (P would
 * defend that member by attacking M), so P + M is conflict-free, hence admissible, hence inside M.
 */
function enumerateMaximal(af: Framework, solver: SatSolver, visit: (members: number[]) => boolean): void {
  const n = af.names.length;
  while (solver.solve()) {
    const members: number[] = [];
    const someAttackedIsIn: number[] = [];
    for (let x = 0; x < n; x++) {
      if (solver.isTrue(inVariable(x))) members.push(x);
      else if (solver.isTrue(outVariable(x))) someAttackedIsIn.push(positive(inVariable(x)));
    }
    if (!visit(members)) return;
    const someMemberIsOut = members.map((x) => positive(outVariable(x)));
    const blocking = someMemberIsOut.length < someAttackedIsIn.length ? someMemberIsOut : someAttackedIsIn;
    if (!solver.exclude(blocking)) return;
  }
}

/** Extensions as sorted index lists, in a fixed order: lexicographic on indices, a prefix first. */
export function compareExtensions(a: readonly number[], b: readonly number[]): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

export function completeExtensions(af: Framework): number[][] {
  const found: number[][] = [];
  new CompleteLabellingSearch(af).run((members) => found.push(members));
  return found.sort(compareExtensions);
}

/**
 * Calls `visit` with each preferred extension in search order (not sorted) until it returns false;
 * lets a sceptical question stop at the first counterexample.
 */
export function forEachPreferredExtension(af: Framework, visit: (members: number[]) => boolean): void {
  enumerateMaximal(af, labellingSolver(af, false), visit);
}

export function preferredExtensions(af: Framework): number[][] {
  const found: number[][] = [];
  forEachPreferredExtension(af, (members) => {
    found.push(members);
    return true;
  });
  return found.sort(compareExtensions);
}

export function stableExtensions(af: Framework): number[][] {
  const found: number[][] = [];
  enumerateMaximal(af, labellingSolver(af, true), (members) => {
    found.push(members);
    return true;
  });
  return found.sort(compareExtensions);
}

/** Every extension under the semantics, sorted by `compareExtensions`; grounded gives exactly one. */
export function extensionsOf(af: Framework, semantics: DungSemantics): number[][] {
  switch (semantics) {
    case "grounded":
      return [groundedExtension(af)];
    case "complete":
      return completeExtensions(af);
    case "preferred":
      return preferredExtensions(af);
    case "stable":
      return stableExtensions(af);
  }
}

/**
 * Is there a complete (or, with `stable`, a stable) labelling in which the argument is in (mustBeIn)
 * or not in? One satisfiability question.
 */
export function existsLabelling(af: Framework, argument: number, mustBeIn: boolean, stable: boolean): boolean {
  const solver = labellingSolver(af, stable);
  const literal = mustBeIn ? positive(inVariable(argument)) : negative(inVariable(argument));
  return solver.addClause([literal]) && solver.solve();
}
