import { AppError } from "../../../errors";
import type { Db } from "../../db";

export const LAST_OWNER_MESSAGE = "A workspace must keep at least one owner. Make someone else an owner first.";

/**
 * Refuse a change that would leave the workspace without an owner. Runs inside the transaction that
 * makes the change, so two owners demoting each other at once cannot both succeed.
 */
export async function ensureAnotherOwner(tx: Db, workspaceId: string, leavingUserId: string): Promise<void> {
  // Counting alone is not enough on PostgreSQL (read committed): two transactions could each count
  // the other owner and both demote. Writing the workspace row first takes its row lock, so the
  // second waits and then counts what the first committed. SQLite serialises writers anyway.
  await tx.workspace.update({ where: { id: workspaceId }, data: { updatedAt: new Date() } });
  const others = await tx.membership.count({ where: { workspaceId, role: "owner", userId: { not: leavingUserId } } });
  if (others === 0) throw new AppError("CONFLICT", LAST_OWNER_MESSAGE);
}
