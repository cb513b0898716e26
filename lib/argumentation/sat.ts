/**
 * A small CDCL SAT solver (conflict-driven clause learning, as in MiniSat: two watched literals,
 * first-UIP learning with non-chronological backjumping, VSIDS activities, Luby restarts, learnt-clause
 * reduction by LBD), with one twist needed for preferred semantics: only "preferred" variables are
 * ever decided, and always true first.
 *
 * Why that twist matters: when every decision sets a preferred variable to true, each false preferred
 * variable of the model found is implied by true ones, so no model can make a superset of the model's
 * true preferred variables true. The first model is therefore subset-maximal on the preferred
 * variables (Di Rosa, Giunchiglia and Maratea 2010; clingo's `--heuristic=Domain --enum-mode=domRec`
 * rests on the same fact). Learnt clauses are consequences of the formula, so learning, backjumping and
 * restarts keep the property.
 *
 * Variables are 0..n-1; the literal of variable v is 2v (true) or 2v + 1 (false).
 */

const UNASSIGNED = 0;
const TRUE = 1;
const FALSE = -1;
/** Reason of a decision or of a fact at level 0. */
const NO_REASON = -1;

export const positive = (v: number): number => 2 * v;
export const negative = (v: number): number => 2 * v + 1;

export class SatSolver {
  /** Per literal: TRUE, FALSE or UNASSIGNED (kept for both polarities, the hottest read of all). */
  private readonly literalValues: Int8Array;
  private readonly levels: Int32Array;
  /** Clause index (>= 0), NO_REASON, or -2 - q for the binary clause (implied literal, q). */
  private readonly reasons: Int32Array;
  private readonly trail: Int32Array;
  private trailSize = 0;
  private propagated = 0;
  private readonly levelStarts: number[] = [];

  private readonly clauses: (Int32Array | null)[] = [];
  private readonly learnt: boolean[] = [];
  private readonly lbd: number[] = [];
  private learntCount = 0;
  private maxLearnts = 2000;
  /**
   * watches[l]: pairs (clause index, blocker) for the long clauses whose first or second literal is l,
   * visited when l becomes false. The blocker is another literal of the clause; when it is true the
   * clause is satisfied and is skipped without being read (MiniSat 2.2).
   */
  private readonly watches: number[][];
  /** implications[l]: literals q with a binary clause (l, q), made true when l becomes false. */
  private readonly implications: number[][];

  private readonly decisionVariable: Uint8Array;
  private readonly activity: Float64Array;
  private activityIncrement = 1;
  private readonly heap: VariableHeap;

  private readonly seen: Uint8Array;
  private contradictory = false;
  private conflicts = 0;

  constructor(
    readonly variableCount: number,
    /** The variables the search may decide (always true first); the rest must follow by propagation. */
    preferred: Iterable<number>,
  ) {
    const n = variableCount;
    this.literalValues = new Int8Array(2 * n);
    this.levels = new Int32Array(n);
    this.reasons = new Int32Array(n).fill(NO_REASON);
    this.trail = new Int32Array(n);
    this.watches = Array.from({ length: 2 * n }, () => []);
    this.implications = Array.from({ length: 2 * n }, () => []);
    this.decisionVariable = new Uint8Array(n);
    this.activity = new Float64Array(n);
    this.seen = new Uint8Array(n);
    this.heap = new VariableHeap(n, this.activity);
    for (const v of preferred) {
      this.decisionVariable[v] = 1;
      this.heap.insert(v);
    }
  }

  private value(literal: number): number {
    return this.literalValues[literal]!;
  }

  /** The variable's value in the last model found. */
  isTrue(v: number): boolean {
    return this.literalValues[positive(v)] === TRUE;
  }

  /** Adds a clause (any time; the search restarts from level 0). False once the formula is unsatisfiable. */
  addClause(literals: readonly number[]): boolean {
    this.backtrackTo(0);
    if (this.contradictory) return false;
    const present = new Set<number>();
    for (const literal of literals) {
      const value = this.value(literal);
      if (value === TRUE || present.has(literal ^ 1)) return true; // satisfied, or a tautology
      if (value === UNASSIGNED) present.add(literal);
    }
    const clause = [...present];
    if (clause.length === 0) {
      this.contradictory = true;
      return false;
    }
    if (clause.length === 1) {
      this.assign(clause[0]!, NO_REASON);
      if (this.propagate() !== null) this.contradictory = true;
      return !this.contradictory;
    }
    this.attach(clause, false, 0);
    return true;
  }

  /**
   * Adds a clause that the current model falsifies (every literal false), such as "not this model or
   * a subset of it", and jumps back just far enough for it to be satisfiable again, as after a
   * conflict: to the second-highest level among its literals, where the highest one is then implied.
   * Continuing from there instead of restarting keeps the work of the levels below. False when no
   * model is left.
   */
  exclude(literals: readonly number[]): boolean {
    if (this.contradictory) return false;
    const clause = [...new Set(literals)].filter((l) => this.levels[l >> 1]! > 0 || this.value(l) !== FALSE);
    for (const l of clause) {
      if (this.value(l) !== FALSE) return this.addClause(literals); // not the situation this is for
    }
    if (clause.length === 0) {
      this.contradictory = true;
      return false;
    }
    clause.sort((a, b) => this.levels[b >> 1]! - this.levels[a >> 1]!);
    const top = this.levels[clause[0]! >> 1]!;
    const second = clause.length > 1 ? this.levels[clause[1]! >> 1]! : 0;
    if (clause.length === 1) {
      this.backtrackTo(0);
      this.assign(clause[0]!, NO_REASON);
      return true;
    }
    if (top === second) {
      // Two literals from the same level: above it, both are open and the clause is just watched.
      this.backtrackTo(top - 1);
      this.attach(clause, false, 0);
    } else {
      this.backtrackTo(second);
      this.assign(clause[0]!, this.attach(clause, false, 0));
    }
    return true;
  }

  private attach(literals: readonly number[], learnt: boolean, lbd: number): number {
    if (literals.length === 2) {
      const [a, b] = literals as [number, number];
      this.implications[a]!.push(b);
      this.implications[b]!.push(a);
      return -2 - b; // the reason code for a, implied because b is false
    }
    const index = this.clauses.length;
    this.clauses.push(Int32Array.from(literals));
    this.learnt.push(learnt);
    this.lbd.push(lbd);
    if (learnt) this.learntCount++;
    this.watches[literals[0]!]!.push(index, literals[1]!);
    this.watches[literals[1]!]!.push(index, literals[0]!);
    return index;
  }

  private assign(literal: number, reason: number): void {
    const v = literal >> 1;
    this.literalValues[literal] = TRUE;
    this.literalValues[literal ^ 1] = FALSE;
    this.levels[v] = this.levelStarts.length;
    this.reasons[v] = reason;
    this.trail[this.trailSize++] = literal;
  }

  /** Unit propagation; the literals of a falsified clause, or null. */
  private propagate(): number[] | null {
    while (this.propagated < this.trailSize) {
      const falsified = this.trail[this.propagated++]! ^ 1;
      for (const implied of this.implications[falsified]!) {
        const value = this.value(implied);
        if (value === TRUE) continue;
        if (value === FALSE) return [implied, falsified];
        this.assign(implied, -2 - falsified);
      }
      const watching = this.watches[falsified]!;
      const values = this.literalValues;
      let keep = 0;
      let i = 0;
      while (i < watching.length) {
        const index = watching[i]!;
        const blocker = watching[i + 1]!;
        i += 2;
        if (values[blocker] === TRUE) {
          watching[keep++] = index;
          watching[keep++] = blocker;
          continue;
        }
        const clause = this.clauses[index];
        if (!clause) continue; // deleted: drop the stale watch
        if (clause[0] === falsified) {
          clause[0] = clause[1]!;
          clause[1] = falsified;
        }
        const first = clause[0]!;
        if (values[first] === TRUE) {
          watching[keep++] = index;
          watching[keep++] = first;
          continue;
        }
        let moved = false;
        for (let k = 2; k < clause.length; k++) {
          const candidate = clause[k]!;
          if (values[candidate] !== FALSE) {
            clause[1] = candidate;
            clause[k] = falsified;
            this.watches[candidate]!.push(index, first);
            moved = true;
            break;
          }
        }
        if (moved) continue;
        watching[keep++] = index;
        watching[keep++] = first;
        if (values[first] === FALSE) {
          while (i < watching.length) watching[keep++] = watching[i++]!;
          watching.length = keep;
          return Array.from(clause);
        }
        this.assign(first, index);
      }
      watching.length = keep;
    }
    return null;
  }

  /** The literals of the reason that implied variable v (its own literal first). */
  private reasonLiterals(v: number): ArrayLike<number> {
    const reason = this.reasons[v]!;
    if (reason >= 0) return this.clauses[reason]!;
    const own = this.literalValues[positive(v)] === TRUE ? positive(v) : negative(v);
    return [own, -2 - reason];
  }

  private bump(v: number): void {
    const a = (this.activity[v] = this.activity[v]! + this.activityIncrement);
    if (a > 1e100) {
      for (let u = 0; u < this.variableCount; u++) this.activity[u] = this.activity[u]! * 1e-100;
      this.activityIncrement *= 1e-100;
    }
    this.heap.increased(v);
  }

  /** First-UIP learning: the learnt clause (asserting literal first) and the level to jump back to. */
  private analyze(conflict: ArrayLike<number>): { clause: number[]; backjump: number; lbd: number } {
    const level = this.levelStarts.length;
    const clause: number[] = [0];
    let open = 0;
    let literal = -1;
    let index = this.trailSize - 1;
    let reason: ArrayLike<number> = conflict;
    for (;;) {
      for (let k = literal === -1 ? 0 : 1; k < reason.length; k++) {
        const q = reason[k]!;
        const v = q >> 1;
        if (this.seen[v] || this.levels[v] === 0) continue;
        this.seen[v] = 1;
        this.bump(v);
        if (this.levels[v]! >= level) open++;
        else clause.push(q);
      }
      while (!this.seen[this.trail[index]! >> 1]) index--;
      literal = this.trail[index--]!;
      this.seen[literal >> 1] = 0;
      open--;
      if (open === 0) break;
      reason = this.reasonLiterals(literal >> 1);
    }
    clause[0] = literal ^ 1;
    const marked = clause.slice(1);
    // Drop literals implied by others already in the clause (local minimisation).
    let kept = 1;
    for (let k = 1; k < clause.length; k++) {
      const v = clause[k]! >> 1;
      let redundant = this.reasons[v] !== NO_REASON;
      if (redundant) {
        const r = this.reasonLiterals(v);
        for (let j = 1; j < r.length; j++) {
          const u = r[j]! >> 1;
          if (!this.seen[u] && this.levels[u]! > 0) {
            redundant = false;
            break;
          }
        }
      }
      if (!redundant) clause[kept++] = clause[k]!;
    }
    clause.length = kept;
    for (const q of marked) this.seen[q >> 1] = 0;
    // The literal of the highest level below the current one goes second, to be watched.
    let backjump = 0;
    for (let k = 1; k < clause.length; k++) {
      const l = this.levels[clause[k]! >> 1]!;
      if (l > backjump) {
        backjump = l;
        [clause[1], clause[k]] = [clause[k]!, clause[1]!];
      }
    }
    const distinctLevels = new Set<number>();
    for (const q of clause) distinctLevels.add(this.levels[q >> 1]!);
    return { clause, backjump, lbd: distinctLevels.size };
  }

  private backtrackTo(level: number): void {
    if (this.levelStarts.length <= level) return;
    const start = this.levelStarts[level]!;
    for (let i = this.trailSize - 1; i >= start; i--) {
      const literal = this.trail[i]!;
      const v = literal >> 1;
      this.literalValues[literal] = UNASSIGNED;
      this.literalValues[literal ^ 1] = UNASSIGNED;
      this.reasons[v] = NO_REASON;
      if (this.decisionVariable[v]) this.heap.insert(v);
    }
    this.trailSize = start;
    this.propagated = start;
    this.levelStarts.length = level;
  }

  private chooseDecision(): number {
    for (;;) {
      const v = this.heap.popMax();
      if (v < 0) break;
      if (this.literalValues[positive(v)] === UNASSIGNED) return positive(v);
    }
    // Every preferred variable is set; anything still open (not expected for the argumentation
    // encodings, which propagate fully from the in-variables) is decided false, as the proof allows.
    for (let v = 0; v < this.variableCount; v++) if (this.literalValues[positive(v)] === UNASSIGNED) return negative(v);
    return -1;
  }

  private reduceLearnts(): void {
    const candidates: number[] = [];
    for (let i = 0; i < this.clauses.length; i++) {
      const clause = this.clauses[i];
      if (!clause || !this.learnt[i] || this.lbd[i]! <= 2) continue;
      const first = clause[0]!;
      const locked = this.reasons[first >> 1] === i && this.value(first) === TRUE;
      if (!locked) candidates.push(i);
    }
    candidates.sort((a, b) => this.lbd[b]! - this.lbd[a]! || this.clauses[b]!.length - this.clauses[a]!.length);
    for (const i of candidates.slice(0, candidates.length >> 1)) {
      this.clauses[i] = null;
      this.learntCount--;
    }
    this.maxLearnts = Math.floor(this.maxLearnts * 1.1);
  }

  /**
   * Searches for a model, continuing from where the last search (and `exclude`) left off; true when
   * found (read it with isTrue), false when there is none.
   */
  solve(): boolean {
    if (this.contradictory) return false;
    let restart = 0;
    for (;;) {
      const budget = 100 * luby(restart++);
      const outcome = this.search(budget);
      if (outcome !== undefined) return outcome;
      this.backtrackTo(0);
    }
  }

  /** CDCL until a model (true), unsatisfiability (false) or the conflict budget runs out (undefined). */
  private search(conflictBudget: number): boolean | undefined {
    let conflictsHere = 0;
    for (;;) {
      const conflict = this.propagate();
      if (conflict !== null) {
        this.conflicts++;
        conflictsHere++;
        if (this.levelStarts.length === 0) {
          this.contradictory = true;
          return false;
        }
        const { clause, backjump, lbd } = this.analyze(conflict);
        this.backtrackTo(backjump);
        if (clause.length === 1) this.assign(clause[0]!, NO_REASON);
        else this.assign(clause[0]!, this.attach(clause, true, lbd));
        this.activityIncrement /= 0.95;
        continue;
      }
      if (conflictsHere >= conflictBudget) return undefined;
      if (this.learntCount > this.maxLearnts) this.reduceLearnts();
      const decision = this.chooseDecision();
      if (decision < 0) return true;
      this.levelStarts.push(this.trailSize);
      this.assign(decision, NO_REASON);
    }
  }
}

/** The Luby sequence 1, 1, 2, 1, 1, 2, 4, ... (restart lengths that are provably within a log factor). */
function luby(i: number): number {
  let size = 1;
  let sequence = 0;
  while (size < i + 1) {
    sequence++;
    size = 2 * size + 1;
  }
  let x = i;
  while (size - 1 !== x) {
    size = (size - 1) >> 1;
    sequence--;
    x = x % size;
  }
  return 2 ** sequence;
}

/** Max-heap of variables by activity, with positions so that a bumped variable can move up. */
class VariableHeap {
  private readonly items: number[] = [];
  private readonly position: Int32Array;

  constructor(
    size: number,
    private readonly activity: Float64Array,
  ) {
    this.position = new Int32Array(size).fill(-1);
  }

  insert(v: number): void {
    if (this.position[v] !== -1) return;
    this.position[v] = this.items.length;
    this.items.push(v);
    this.up(this.items.length - 1);
  }

  increased(v: number): void {
    const p = this.position[v]!;
    if (p !== -1) this.up(p);
  }

  popMax(): number {
    if (this.items.length === 0) return -1;
    const top = this.items[0]!;
    const last = this.items.pop()!;
    this.position[top] = -1;
    if (this.items.length > 0) {
      this.items[0] = last;
      this.position[last] = 0;
      this.down(0);
    }
    return top;
  }

  private before(a: number, b: number): boolean {
    // Ties go to the lower index, so that searches are deterministic and follow the input order.
    const x = this.activity[a]!;
    const y = this.activity[b]!;
    return x > y || (x === y && a < b);
  }

  private up(i: number): void {
    const v = this.items[i]!;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = this.items[parent]!;
      if (!this.before(v, p)) break;
      this.items[i] = p;
      this.position[p] = i;
      i = parent;
    }
    this.items[i] = v;
    this.position[v] = i;
  }

  private down(i: number): void {
    const v = this.items[i]!;
    const n = this.items.length;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && this.before(this.items[child + 1]!, this.items[child]!)) child++;
      const c = this.items[child]!;
      if (!this.before(c, v)) break;
      this.items[i] = c;
      this.position[c] = i;
      i = child;
    }
    this.items[i] = v;
    this.position[v] = i;
  }
}
