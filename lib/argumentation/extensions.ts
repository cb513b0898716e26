/**
 * Complete, preferred and stable extensions by a labelling-based backtracking search.
 *
 * The search works on complete labellings (Caminada 2006): every argument is in, out or undecided, and
 *   in     iff all of its attackers are out,
 *   out    iff some attacker is in,
 *   undec  otherwise.
 * Complete extensions are the in-sets of these labellings, stable ones those with nothing undecided,
 * preferred ones those whose in-set is maximal for inclusion.
 *
 * Each argument carries a domain, a subset of {in, out, undec}. The condition above, one per argument,
 * is a constraint over the argument and its attackers, and propagation keeps each constraint
 * generalised-arc-consistent: a value stays only while some choice of the other arguments' values
 * supports it. The first propagation alone yields the grounded labelling; self-attackers lose "in".
 *
 * Branching decides one argument at a time, "in" first and "not in" second. When every in-decision is
 * made the labelling is fixed (an argument that cannot be in is out exactly when an in argument attacks
 * it), so each leaf is one complete labelling and no labelling is found twice.
 *
 * Preferred extensions (maximality). With in-first branching, the first extension a depth-first search
 * finds below any node is maximal among the extensions below it (the idea behind clingo's domain
 * heuristic with `--enum-mode=domRec`, Di Rosa, Giunchiglia and Maratea 2010). Proof sketch: let E be
 * found and E' a strict superset that is also complete. Follow E's branch from the root; at the first
 * decision "x not in" with x in E', the "x in" branch had been fully explored before and E' satisfied
 * everything decided above it, so E' or a superset of it was found there; that extension would have
 * blocked E (below). Hence E is maximal, i.e. preferred. After each preferred extension E we add the
 * blocking clause "some argument outside E is in", which removes E's subsets from the rest of the
 * search; it is propagated with counters (a clause with one candidate left forces it in, with none
 * it is a conflict), so whole subtrees of non-maximal sets are cut, not visited.
 *
 * The search is iterative (an explicit decision stack and an undo trail) so that frameworks with
 * thousands of undecided arguments do not exhaust the call stack.
 */
import { groundedExtension } from "./grounded";
import type { Framework } from "./framework";

/** Domain bits: which labels an argument may still take. */
const CAN_IN = 1;
const CAN_OUT = 2;
const CAN_UNDEC = 4;
const CAN_OUT_OR_UNDEC = CAN_OUT | CAN_UNDEC;

export type DungSemantics = "grounded" | "complete" | "preferred" | "stable";

interface SearchSettings {
  /** False for stable semantics: nothing may be undecided. */
  allowUndecided: boolean;
  /** Block subsets of every extension found, so that only maximal ones are reported (preferred). */
  maximalOnly: boolean;
  /** Labels fixed before the search, for acceptance questions: "x must be in", "x must not be in". */
  require?: { argument: number; mustBeIn: boolean };
}

/**
 * One search over complete labellings of one framework. `run` calls `onExtension` with the in-set of
 * every labelling it finds (ascending indices) and stops early when the callback returns false.
 */
class LabellingSearch {
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

  // Constraints waiting for revision (constraint x = the condition on argument x).
  private readonly pending: Int32Array;
  private readonly isPending: Uint8Array;
  private pendingHead = 0;
  private pendingCount = 0;
  private conflict = false;

  // Blocking clauses "some argument of this list is in", one per preferred extension found.
  private readonly clauseMembers: Int32Array[] = [];
  private readonly clauseCandidates: number[] = []; // members whose domain still allows in
  private readonly clausesOf: number[][]; // for each argument, the clauses it is a member of
  // Clauses that may be unit; stale entries are harmless because each is re-checked when taken.
  private unitClauses: number[] = [];
  // Clauses with no candidate left: the current labelling is a subset of an extension already found.
  private violatedClauses = 0;
  // Arguments that may still be in after the first propagation; only they can make a clause true.
  private rootCanIn: Uint8Array | null = null;

  constructor(
    private readonly af: Framework,
    private readonly settings: SearchSettings,
  ) {
    const n = af.names.length;
    this.n = n;
    this.domain = new Uint8Array(n).fill(settings.allowUndecided ? CAN_IN | CAN_OUT | CAN_UNDEC : CAN_IN | CAN_OUT);
    this.selfAttacking = new Uint8Array(n);
    this.attackers = [];
    this.targets = [];
    for (let x = 0; x < n; x++) {
      const attackers = af.attackersOf[x] ?? [];
      if (attackers.includes(x)) this.selfAttacking[x] = 1;
      this.attackers.push(Int32Array.from(attackers.filter((y) => y !== x)));
      this.targets.push(Int32Array.from((af.targetsOf[x] ?? []).filter((y) => y !== x)));
    }
    this.clausesOf = Array.from({ length: n }, () => []);
    this.trailArgument = new Int32Array(Math.max(16, 4 * n));
    this.trailDomain = new Uint8Array(this.trailArgument.length);
    this.pending = new Int32Array(n);
    this.isPending = new Uint8Array(n);
    // Deciding arguments that attack many others first settles the most labels per decision.
    this.branchOrder = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => this.degree(b) - this.degree(a) || a - b);
  }

  private degree(x: number): number {
    return (this.targets[x]?.length ?? 0) + (this.attackers[x]?.length ?? 0);
  }

  run(onExtension: (members: number[]) => boolean): void {
    for (let x = 0; x < this.n; x++) this.schedule(x);
    const required = this.settings.require;
    if (required) {
      const d = this.domain[required.argument] ?? 0;
      this.restrict(required.argument, required.mustBeIn ? d & CAN_IN : d & ~CAN_IN);
    }
    if (!this.propagate()) return;
    this.rootCanIn = new Uint8Array(this.n);
    for (let x = 0; x < this.n; x++) if (this.domain[x]! & CAN_IN) this.rootCanIn[x] = 1;

    const stack: { argument: number; mark: number; alternatives: number[]; next: number }[] = [];
    for (;;) {
      const x = this.chooseArgument();
      let descended = false;
      if (x < 0) {
        const members = this.inArguments();
        if (!onExtension(members)) return;
        if (this.settings.maximalOnly) this.addBlockingClause(members);
      } else {
        const d = this.domain[x] ?? 0;
        const alternatives = d & CAN_IN ? [CAN_IN, d & ~CAN_IN] : [d & -d, d & ~(d & -d)];
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
      const value = decision.alternatives[decision.next++] ?? 0;
      this.restrict(decision.argument, value);
      if (this.propagate()) return true;
    }
    this.undoTo(decision.mark);
    return false;
  }

  /** An argument still open, preferring one that may be in; -1 when the labelling is fixed. */
  private chooseArgument(): number {
    let fallback = -1;
    for (let i = 0; i < this.n; i++) {
      const x = this.branchOrder[i] ?? 0;
      const d = this.domain[x] ?? 0;
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

  /** Narrow x's domain to `value` (a subset of it), recording the change and scheduling revisions. */
  private restrict(x: number, value: number): void {
    const old = this.domain[x] ?? 0;
    const next = old & value;
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
    if (old & CAN_IN && !(next & CAN_IN)) {
      for (const c of this.clausesOf[x] ?? []) {
        const left = (this.clauseCandidates[c] ?? 0) - 1;
        this.clauseCandidates[c] = left;
        if (left === 0) {
          this.violatedClauses++;
          this.conflict = true;
        } else if (left === 1) this.unitClauses.push(c);
      }
    }
    this.schedule(x);
    for (const t of this.targets[x] ?? []) this.schedule(t);
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
      const x = this.trailArgument[this.trailLength] ?? 0;
      const old = this.trailDomain[this.trailLength] ?? 0;
      if (old & CAN_IN && !((this.domain[x] ?? 0) & CAN_IN)) {
        for (const c of this.clausesOf[x] ?? []) {
          const left = (this.clauseCandidates[c] ?? 0) + 1;
          this.clauseCandidates[c] = left;
          // A clause back to one candidate is unit again at this level; let the next propagation use it.
          if (left === 1) {
            this.violatedClauses--;
            this.unitClauses.push(c);
          }
        }
      }
      this.domain[x] = old;
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
    // A clause left without candidates by undoing to this point means: everything below is a subset
    // of an extension already found.
    if (this.violatedClauses > 0) this.conflict = true;
    while (!this.conflict) {
      const clause = this.unitClauses.pop();
      if (clause !== undefined) {
        this.propagateClause(clause);
        continue;
      }
      if (this.pendingCount === 0) return true;
      const constraint = this.pending[this.pendingHead] ?? 0;
      this.pendingHead = (this.pendingHead + 1) % this.n;
      this.pendingCount--;
      this.isPending[constraint] = 0;
      this.revise(constraint);
    }
    while (this.pendingCount > 0) {
      this.isPending[this.pending[this.pendingHead] ?? 0] = 0;
      this.pendingHead = (this.pendingHead + 1) % this.n;
      this.pendingCount--;
    }
    this.conflict = false;
    return false;
  }

  private propagateClause(c: number): void {
    if (this.clauseCandidates[c] !== 1) return;
    for (const x of this.clauseMembers[c] ?? []) {
      if ((this.domain[x] ?? 0) & CAN_IN) {
        this.restrict(x, CAN_IN);
        return;
      }
    }
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

  private addBlockingClause(extension: number[]): void {
    const inExtension = new Uint8Array(this.n);
    for (const x of extension) inExtension[x] = 1;
    const members: number[] = [];
    // Arguments that lost "in" before any decision can never be in; leaving them out keeps clauses short.
    for (let x = 0; x < this.n; x++) if (!inExtension[x] && this.couldEverBeIn(x)) members.push(x);
    const c = this.clauseMembers.length;
    this.clauseMembers.push(Int32Array.from(members));
    let candidates = 0;
    for (const x of members) {
      this.clausesOf[x]!.push(c);
      if (this.domain[x]! & CAN_IN) candidates++;
    }
    this.clauseCandidates.push(candidates);
    if (candidates === 0) this.violatedClauses++;
    else if (candidates === 1) this.unitClauses.push(c);
  }

  private couldEverBeIn(x: number): boolean {
    return this.rootCanIn ? this.rootCanIn[x] === 1 : true;
  }
}

function search(af: Framework, settings: SearchSettings, onExtension: (members: number[]) => boolean): void {
  new LabellingSearch(af, settings).run(onExtension);
}

/** Extensions as sorted index lists, in a fixed order: lexicographic on indices, a prefix first. */
export function compareExtensions(a: readonly number[], b: readonly number[]): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  return a.length - b.length;
}

function collect(af: Framework, settings: SearchSettings): number[][] {
  const found: number[][] = [];
  search(af, settings, (members) => {
    found.push(members);
    return true;
  });
  return found.sort(compareExtensions);
}

export function completeExtensions(af: Framework): number[][] {
  return collect(af, { allowUndecided: true, maximalOnly: false });
}

export function preferredExtensions(af: Framework): number[][] {
  return collect(af, { allowUndecided: true, maximalOnly: true });
}

export function stableExtensions(af: Framework): number[][] {
  return collect(af, { allowUndecided: false, maximalOnly: false });
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
 * Calls `visit` with each preferred extension in search order (not sorted) until it returns false;
 * lets a sceptical question stop at the first counterexample.
 */
export function forEachPreferredExtension(af: Framework, visit: (members: number[]) => boolean): void {
  search(af, { allowUndecided: true, maximalOnly: true }, visit);
}

/**
 * Is there a complete (or, with `stable`, a stable) labelling in which the argument is in (mustBeIn) or
 * not in? One search that stops at the first labelling found.
 */
export function existsLabelling(af: Framework, argument: number, mustBeIn: boolean, stable: boolean): boolean {
  let found = false;
  search(af, { allowUndecided: !stable, maximalOnly: false, require: { argument, mustBeIn } }, () => {
    found = true;
    return false;
  });
  return found;
}
