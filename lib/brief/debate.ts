import type { BriefSide } from "./types";

/** A group debate as the visibility rule needs it: who argues which side, and whether it is revealed. */
export interface DebateSides {
  revealed: boolean;
  sides: readonly { userId: string; side: string }[];
}

/**
 * Sides in a group: until the debate is revealed, a member sees only the brief of the side they were
 * assigned to, and members without a side see neither (so nobody can read a side's preparation on
 * its behalf). Owners set the debate up and see both. A brief outside any debate is shared by all.
 */
export function maySeeSideBrief(briefSide: string, debate: DebateSides | null, viewer: { userId: string; role: string }): boolean {
  if (!debate || debate.revealed || viewer.role === "owner") return true;
  return debate.sides.some((s) => s.userId === viewer.userId && s.side === briefSide);
}

/** The side a user argues in a debate, or null. */
export function sideOf(debate: DebateSides, userId: string): BriefSide | null {
  const side = debate.sides.find((s) => s.userId === userId)?.side;
  return side === "for" || side === "against" ? side : null;
}
