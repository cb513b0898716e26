import { AppError } from "../../../errors";
import type { BriefSide } from "../../../brief";
import type { Db } from "../../db";

export const DEBATE_NOT_FOUND = "This group debate does not exist in this workspace.";
export const SIDE_MEMBER_NOT_FOUND = "One of the members chosen for a side is not in this workspace (they may have left). Reload and choose again.";

/**
 * Membership ids for each side → the users who argue them. Ids of another workspace's members are as
 * unknown as made-up ones, so nobody can put an outsider on a side.
 */
export async function resolveSides(tx: Db, workspaceId: string, sides: { for: string[]; against: string[] }): Promise<{ userId: string; side: BriefSide }[]> {
  const ids = [...sides.for, ...sides.against];
  const members = await tx.membership.findMany({ where: { workspaceId, id: { in: ids } }, select: { id: true, userId: true } });
  if (members.length !== ids.length) throw new AppError("NOT_FOUND", SIDE_MEMBER_NOT_FOUND);
  const userOf = new Map(members.map((m) => [m.id, m.userId]));
  return [
    ...sides.for.map((id) => ({ userId: userOf.get(id)!, side: "for" as const })),
    ...sides.against.map((id) => ({ userId: userOf.get(id)!, side: "against" as const })),
  ];
}

export function sideCounts(sides: { side: string }[]): string {
  const count = (side: string) => sides.filter((s) => s.side === side).length;
  return `${count("for")} for, ${count("against")} against`;
}
