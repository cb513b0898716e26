/**
 * Credulous ("in some extension") and sceptical ("in every extension") acceptance of one argument.
 *
 * Shortcuts, each a textbook equivalence:
 * - grounded: one extension, so both modes ask "is it in the grounded extension?";
 * - complete, sceptical: the grounded extension is the intersection of all complete extensions;
 * - complete and preferred, credulous: an argument is in some preferred extension iff it is in some
 *   admissible set iff it is in some complete extension, so one search for a complete labelling with
 *   the argument in answers both;
 * - preferred, sceptical: if an attacker of x is credulously accepted, the preferred extension holding
 *   that attacker excludes x, so NO; otherwise the preferred extensions are enumerated until one
 *   lacks x;
 * - stable: one search for a stable labelling with x in (credulous) or with x not in (sceptical).
 *
 * Convention: when a framework has no stable extension (an odd cycle, say), every argument is
 * sceptically accepted under stable semantics (it belongs to all of the none) and none is credulously
 * accepted. This is the standard reading, used by ICCMA.
 */
import { existsLabelling, forEachPreferredExtension, type DungSemantics } from "./extensions";
import type { Framework } from "./framework";
import { IN } from "./framework";
import { groundedLabelling } from "./grounded";

export type AcceptanceMode = "cred" | "skept";

export function isAccepted(af: Framework, argument: number, semantics: DungSemantics, mode: AcceptanceMode): boolean {
  if (!(argument >= 0 && argument < af.names.length)) throw new RangeError(`No argument with index ${argument}.`);
  switch (semantics) {
    case "grounded":
      return groundedLabelling(af)[argument] === IN;
    case "complete":
      return mode === "cred" ? existsLabelling(af, argument, true, false) : groundedLabelling(af)[argument] === IN;
    case "preferred":
      return mode === "cred" ? existsLabelling(af, argument, true, false) : scepticallyPreferred(af, argument);
    case "stable":
      return mode === "cred" ? existsLabelling(af, argument, true, true) : !existsLabelling(af, argument, false, true);
  }
}

function scepticallyPreferred(af: Framework, argument: number): boolean {
  if (groundedLabelling(af)[argument] === IN) return true;
  if (!existsLabelling(af, argument, true, false)) return false;
  for (const attacker of af.attackersOf[argument] ?? []) {
    if (existsLabelling(af, attacker, true, false)) return false;
  }
  let inAll = true;
  forEachPreferredExtension(af, (members) => {
    if (!members.includes(argument)) inAll = false;
    return inAll;
  });
  return inAll;
}
