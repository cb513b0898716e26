/**
 * Dung's definitions, written as plainly as possible to check the library against: a set of arguments
 * is a sorted array of indices, and every property is tested literally from its definition.
 * `bruteForce` enumerates all subsets, so it is only for small frameworks (n <= 12 or so).
 */
import fc from "fast-check";
import { frameworkFromNames, type Framework } from "../../../lib/argumentation";

export function attacks(af: Framework, from: number, to: number): boolean {
  return (af.targetsOf[from] ?? []).includes(to);
}

export function isConflictFree(af: Framework, set: readonly number[]): boolean {
  return set.every((x) => set.every((y) => !attacks(af, x, y)));
}

/** Every attacker of x is attacked by some member of the set. */
export function defends(af: Framework, set: readonly number[], x: number): boolean {
  return (af.attackersOf[x] ?? []).every((attacker) => set.some((z) => attacks(af, z, attacker)));
}

export function isAdmissible(af: Framework, set: readonly number[]): boolean {
  return isConflictFree(af, set) && set.every((x) => defends(af, set, x));
}

export function isComplete(af: Framework, set: readonly number[]): boolean {
  if (!isAdmissible(af, set)) return false;
  for (let x = 0; x < af.names.length; x++) if (defends(af, set, x) && !set.includes(x)) return false;
  return true;
}

export function isStable(af: Framework, set: readonly number[]): boolean {
  if (!isConflictFree(af, set)) return false;
  for (let x = 0; x < af.names.length; x++) if (!set.includes(x) && !set.some((z) => attacks(af, z, x))) return false;
  return true;
}

export const isSubset = (a: readonly number[], b: readonly number[]): boolean => a.every((x) => b.includes(x));

/** Lexicographic order on sorted index lists, a prefix first (the order the library promises). */
export function sortSets(sets: number[][]): number[][] {
  return sets
    .map((s) => [...s].sort((a, b) => a - b))
    .sort((a, b) => {
      for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
      return a.length - b.length;
    });
}

export interface BruteForceResult {
  complete: number[][];
  preferred: number[][];
  stable: number[][];
  grounded: number[];
}

export function bruteForce(af: Framework): BruteForceResult {
  const n = af.names.length;
  const admissible: number[][] = [];
  const complete: number[][] = [];
  const stable: number[][] = [];
  for (let mask = 0; mask < 1 << n; mask++) {
    const set: number[] = [];
    for (let x = 0; x < n; x++) if (mask & (1 << x)) set.push(x);
    if (isAdmissible(af, set)) admissible.push(set);
    if (isComplete(af, set)) complete.push(set);
    if (isStable(af, set)) stable.push(set);
  }
  const preferred = admissible.filter((s) => !admissible.some((t) => t.length > s.length && isSubset(s, t)));
  // The grounded extension is the least complete extension.
  const grounded = complete.find((s) => complete.every((t) => isSubset(s, t)));
  if (!grounded) throw new Error("No least complete extension: the brute force itself is wrong.");
  return { complete: sortSets(complete), preferred: sortSets(preferred), stable: sortSets(stable), grounded };
}

/**
 * Random frameworks of up to maxArguments arguments and any attacks, self-attacks included. The number
 * of attacks is drawn first, without fast-check's bias towards small values, so that sparse, cyclic and
 * dense frameworks all occur; some attacks are mirrored, because mutual attacks (even cycles) are what
 * gives a framework several extensions.
 */
export function arbitraryFramework(maxArguments: number, maxAttacksPerArgument = 3): fc.Arbitrary<Framework> {
  return fc.noBias(fc.integer({ min: 0, max: maxArguments })).chain((n) =>
    fc.noBias(fc.integer({ min: 0, max: n === 0 ? 0 : Math.round(maxAttacksPerArgument * n) })).chain((m) =>
      fc
        .array(fc.tuple(fc.nat(Math.max(n - 1, 0)), fc.nat(Math.max(n - 1, 0)), fc.boolean()), { minLength: m, maxLength: m })
        .map((pairs) => {
          const names = Array.from({ length: n }, (_, i) => `a${i}`);
          const attacks = pairs.flatMap(([f, t, mutual]) => (mutual ? [[f, t], [t, f]] : [[f, t]]));
          return frameworkFromNames(names, attacks.map(([f, t]) => [`a${f}`, `a${t}`] as const));
        }),
    ),
  );
}
