import { db } from "../../db";
import { requireMember, type Actor } from "../../access";

/** The workspace and the caller's role; NOT_FOUND for non-members. */
export async function getWorkspace(actor: Actor, workspaceId: string) {
  const role = await requireMember(db, actor, workspaceId, "workspace:read");
  const workspace = await db.workspace.findUniqueOrThrow({
    where: { id: workspaceId },
    select: { id: true, name: true, description: true, blindStances: true },
  });
  return { ...workspace, role };
}
