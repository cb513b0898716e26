/**
 * Stance tallies as a member may see them. Pure: the service loads rows, this applies the rules.
 * - A stance judged an earlier wording when the claim's text has changed since (the version alone
 *   also moves on a type change, which does not alter what was judged).
 * - Blind mode (seminar): others' stances on a claim stay hidden until you have marked your own;
 *   owners, who lead the seminar, always see them.
 */
import type { StanceValue } from "../validation/stance";

export interface StanceRow {
  claimId: string;
  userId: string;
  value: StanceValue;
  claimText: string;
}

export interface MyStance {
  value: StanceValue;
  /** True when the claim's wording changed after this stance was given. */
  stale: boolean;
  judgedText: string;
}

export interface StanceTally {
  agree: number;
  disagree: number;
  unsure: number;
  /** Others' stances are withheld (blind mode, not yet marked); counts are then zero. */
  hidden: boolean;
  /** How many of the counted stances judged an earlier wording. */
  stale: number;
  mine: MyStance | null;
}

export interface TallyContext {
  viewerId: string;
  viewerIsOwner: boolean;
  blind: boolean;
}

export function isStale(row: Pick<StanceRow, "claimText">, currentText: string): boolean {
  return row.claimText !== currentText;
}

export function tallyStances(claims: { id: string; text: string }[], rows: StanceRow[], context: TallyContext): Map<string, StanceTally> {
  const result = new Map<string, StanceTally>();
  const textOf = new Map(claims.map((c) => [c.id, c.text]));
  for (const claim of claims) result.set(claim.id, { agree: 0, disagree: 0, unsure: 0, hidden: false, stale: 0, mine: null });
  for (const row of rows) {
    const tally = result.get(row.claimId);
    if (!tally) continue;
    const stale = isStale(row, textOf.get(row.claimId) ?? "");
    if (row.userId === context.viewerId) tally.mine = { value: row.value, stale, judgedText: row.claimText };
    tally[row.value] += 1;
    if (stale) tally.stale += 1;
  }
  if (context.blind && !context.viewerIsOwner) {
    for (const tally of result.values()) {
      if (tally.mine) continue;
      Object.assign(tally, { agree: 0, disagree: 0, unsure: 0, stale: 0, hidden: true });
    }
  }
  return result;
}

/** May this viewer see `memberId`'s stance on a claim, given what the viewer has marked? */
export function canSeeStance(context: TallyContext, memberId: string, viewerHasMarked: boolean): boolean {
  return !context.blind || context.viewerIsOwner || memberId === context.viewerId || viewerHasMarked;
}
