import { AppError } from "../errors";
import { can, type Action, type Role } from "../permissions";
import type { Db } from "./db";

export interface Actor {
  id: string;
}

export const WORKSPACE_NOT_FOUND = "This workspace does not exist, or you are not a member of it.";

/**
 * The caller's role in a workspace, refusing when they may not do `action`.
 * A non-member gets NOT_FOUND, exactly like a missing workspace, so ids leak nothing.
 */
export async function requireMember(tx: Db, actor: Actor, workspaceId: string, action: Action): Promise<Role> {
  const membership = await tx.membership.findUnique({
    where: { workspaceId_userId: { workspaceId, userId: actor.id } },
    select: { role: true },
  });
  if (!membership) throw new AppError("NOT_FOUND", WORKSPACE_NOT_FOUND);
  if (!can(membership.role, action)) {
    throw new AppError("FORBIDDEN", `Your role (${membership.role}) cannot do this. Ask an owner of the workspace for editor access.`);
  }
  return membership.role as Role;
}
