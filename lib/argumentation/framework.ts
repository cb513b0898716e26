/**
 * Abstract argumentation frameworks (Dung 1995): a set of arguments and an attack relation.
 *
 * Every algorithm in this folder works on integer indices, not names: an argument is its position in
 * `names`, which is the order in which arguments were first added (for a parsed file, the order of
 * first appearance). Attacks are stored both ways because the algorithms need both questions answered
 * in constant time per edge: "who attacks x?" (is x defended?) and "whom does x attack?" (what changes
 * when x's label changes?).
 */

export interface Framework {
  /** Argument names, indexed by argument; the insertion order. */
  readonly names: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  /** attackersOf[x]: the arguments attacking x, each once, ascending. */
  readonly attackersOf: readonly (readonly number[])[];
  /** targetsOf[x]: the arguments x attacks, each once, ascending. */
  readonly targetsOf: readonly (readonly number[])[];
  /** Number of distinct attacks. */
  readonly attackCount: number;
}

/**
 * Collects arguments and attacks, then freezes them into a `Framework`. Adding an argument twice is
 * harmless (the first index is kept) and a repeated attack counts once, as attack is a relation.
 */
export class FrameworkBuilder {
  private readonly names: string[] = [];
  private readonly index = new Map<string, number>();
  private readonly attackFrom: number[] = [];
  private readonly attackTo: number[] = [];

  /** The argument's index, adding it when new. */
  addArgument(name: string): number {
    const known = this.index.get(name);
    if (known !== undefined) return known;
    const id = this.names.length;
    this.names.push(name);
    this.index.set(name, id);
    return id;
  }

  has(name: string): boolean {
    return this.index.has(name);
  }

  /** Attack between two arguments given by index (as returned by `addArgument`). */
  addAttack(from: number, to: number): void {
    if (!(from >= 0 && from < this.names.length && to >= 0 && to < this.names.length)) {
      throw new RangeError(`Attack ${from} -> ${to} refers to an argument that was not added.`);
    }
    this.attackFrom.push(from);
    this.attackTo.push(to);
  }

  build(): Framework {
    const n = this.names.length;
    const attackersOf: number[][] = Array.from({ length: n }, () => []);
    const targetsOf: number[][] = Array.from({ length: n }, () => []);
    // Sorting the pairs once gives ascending, duplicate-free adjacency in both directions.
    const keys = new Float64Array(this.attackFrom.length);
    for (let e = 0; e < keys.length; e++) keys[e] = (this.attackFrom[e] ?? 0) * n + (this.attackTo[e] ?? 0);
    keys.sort();
    let attackCount = 0;
    for (let e = 0; e < keys.length; e++) {
      const key = keys[e] ?? 0;
      if (e > 0 && key === keys[e - 1]) continue;
      const from = Math.floor(key / n);
      const to = key - from * n;
      targetsOf[from]?.push(to);
      attackersOf[to]?.push(from);
      attackCount++;
    }
    return { names: [...this.names], indexOf: new Map(this.index), attackersOf, targetsOf, attackCount };
  }
}

/** A framework from names and attacks given by name; every name in an attack must be listed. */
export function frameworkFromNames(names: readonly string[], attacks: readonly (readonly [string, string])[]): Framework {
  const builder = new FrameworkBuilder();
  for (const name of names) builder.addArgument(name);
  for (const [from, to] of attacks) {
    if (!builder.has(from) || !builder.has(to)) throw new RangeError(`Attack ${from} -> ${to} names an argument that is not listed.`);
    builder.addAttack(builder.addArgument(from), builder.addArgument(to));
  }
  return builder.build();
}

/**
 * Labels of a labelling (Caminada): in, out (attacked by an in argument) or undecided. Stored as small
 * integers in a Uint8Array so that labellings of large frameworks stay compact.
 */
export const UNDEC = 0;
export const IN = 1;
export const OUT = 2;
export type Label = "in" | "out" | "undec";

export function labelName(code: number): Label {
  return code === IN ? "in" : code === OUT ? "out" : "undec";
}

/** The labelling an extension induces: members in, what they attack out, everything else undecided. */
export function labellingOfExtension(af: Framework, extension: readonly number[]): Uint8Array {
  const labels = new Uint8Array(af.names.length);
  for (const x of extension) labels[x] = IN;
  for (const x of extension) for (const t of af.targetsOf[x] ?? []) if (labels[t] !== IN) labels[t] = OUT;
  return labels;
}
