/**
 * The grounded labelling (Dung 1995; labelling form after Caminada): the least complete labelling, the
 * sceptical core every reasonable position shares.
 *
 * Computed by propagation in O(n + m): an argument becomes in once every attacker is out, and out as
 * soon as one attacker is in. Each argument keeps a count of attackers not yet out; an argument is
 * queued when its count reaches zero, and each argument is labelled out at most once, so every attack
 * is looked at a bounded number of times. What is never reached stays undecided (cycles that nothing
 * outside resolves, self-attackers).
 */
import { IN, OUT, type Framework } from "./framework";

export function groundedLabelling(af: Framework): Uint8Array {
  const n = af.names.length;
  const labels = new Uint8Array(n); // all undecided
  const attackersNotOut = new Int32Array(n);
  const queue = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let x = 0; x < n; x++) {
    const count = af.attackersOf[x]?.length ?? 0;
    attackersNotOut[x] = count;
    if (count === 0) {
      labels[x] = IN;
      queue[tail++] = x;
    }
  }
  while (head < tail) {
    const inArgument = queue[head++] ?? 0;
    for (const target of af.targetsOf[inArgument] ?? []) {
      if (labels[target] === OUT) continue;
      // The target cannot be in: one of its attackers is in, hence not out.
      labels[target] = OUT;
      for (const next of af.targetsOf[target] ?? []) {
        // An argument whose last live attacker just went out is undecided, never already out: being out
        // needs an in attacker, and an in attacker is not out, so its count could not have reached zero.
        const stillLive = (attackersNotOut[next] ?? 0) - 1;
        attackersNotOut[next] = stillLive;
        if (stillLive === 0 && labels[next] !== IN) {
          labels[next] = IN;
          queue[tail++] = next;
        }
      }
    }
  }
  return labels;
}

/** Indices of the grounded extension, ascending. */
export function groundedExtension(af: Framework): number[] {
  const labels = groundedLabelling(af);
  const members: number[] = [];
  for (let x = 0; x < labels.length; x++) if (labels[x] === IN) members.push(x);
  return members;
}
