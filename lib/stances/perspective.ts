/**
 * Base scores for the gradual semantics from stances: whose view of the map is evaluated.
 * - neutral: every claim 0.5;
 * - the group: the share of those who marked a stance on the claim that agree (no stances: 0.5);
 * - one member: their own stance, agree → 0.9, disagree → 0.1, unsure or none → 0.5.
 * Agreement maps to 0.9 rather than 1 because the Euler-based semantics never moves a base score of 1
 * (or 0): a member's conviction should still yield to objections.
 * Stances the viewer may not see (blind mode) count as none, and are reported so the overlay can say so.
 */
import type { StanceValue } from "../validation/stance";
import type { StanceTally } from "./tally";

export type Perspective = { kind: "neutral" } | { kind: "group" } | { kind: "member"; memberId: string };

export const NEUTRAL_BASE = 0.5;
export const MEMBER_STANCE_BASE: Record<StanceValue, number> = { agree: 0.9, disagree: 0.1, unsure: NEUTRAL_BASE };

export interface BaseScores {
  base: Map<string, number>;
  /** Claims whose base score comes from at least one stance. */
  judged: number;
  /** Claims whose stances are withheld from the viewer (blind mode), scored 0.5. */
  hidden: number;
}

/** The group's view: the share that agree among those who marked the claim. */
export function groupBaseScores(claims: readonly { id: string; stances: StanceTally }[]): BaseScores {
  const base = new Map<string, number>();
  let judged = 0;
  let hidden = 0;
  for (const { id, stances } of claims) {
    const marked = stances.agree + stances.disagree + stances.unsure;
    if (stances.hidden) hidden++;
    if (marked === 0) {
      base.set(id, NEUTRAL_BASE);
      continue;
    }
    judged++;
    base.set(id, stances.agree / marked);
  }
  return { base, judged, hidden };
}

/** One member's view from their stances by claim id; "hidden" for those the viewer may not see. */
export function memberBaseScores(claimIds: readonly string[], stances: ReadonlyMap<string, StanceValue | "hidden">): BaseScores {
  const base = new Map<string, number>();
  let judged = 0;
  let hidden = 0;
  for (const id of claimIds) {
    const stance = stances.get(id);
    if (stance === undefined || stance === "hidden") {
      if (stance === "hidden") hidden++;
      base.set(id, NEUTRAL_BASE);
      continue;
    }
    judged++;
    base.set(id, MEMBER_STANCE_BASE[stance]);
  }
  return { base, judged, hidden };
}

/** The viewer's own stances, as the map payload carries them. */
export function ownStances(claims: readonly { id: string; stances: StanceTally }[]): Map<string, StanceValue> {
  const mine = new Map<string, StanceValue>();
  for (const claim of claims) if (claim.stances.mine) mine.set(claim.id, claim.stances.mine.value);
  return mine;
}

/** "neutral", "group" or "member:<membership id>", as the perspective travels in a URL. */
export function perspectiveParam(perspective: Perspective): string {
  return perspective.kind === "member" ? `member:${perspective.memberId}` : perspective.kind;
}

export function parsePerspective(value: string | null | undefined): Perspective {
  if (value === "group") return { kind: "group" };
  const member = value?.match(/^member:([A-Za-z0-9_-]{1,64})$/);
  return member ? { kind: "member", memberId: member[1]! } : { kind: "neutral" };
}
