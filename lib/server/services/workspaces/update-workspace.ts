import { workspaceSettingsSchema } from "../../../validation/stance";
import { db } from "../../db";
import { requireMember, type Actor } from "../../access";
import { recordActivity } from "../activity/record-activity";

/** An owner changes the workspace's name or its blind-stances setting. */
export async function updateWorkspace(actor: Actor, workspaceId: string, input: unknown) {
  const changes = workspaceSettingsSchema.parse(input);
  return db.$transaction(async (tx) => {
    await requireMember(tx, actor, workspaceId, "workspace:manage");
    const updated = await tx.workspace.update({
      where: { id: workspaceId },
      data: { ...changes, version: { increment: 1 } },
      select: { id: true, name: true, blindStances: true, version: true },
    });
    const summary =
      changes.blindStances === undefined ? `renamed the workspace to “${updated.name}”` : changes.blindStances ? "hid stances until members mark their own" : "showed everyone's stances";
    await recordActivity(tx, { workspaceId, actorId: actor.id, action: "updated", entityType: "workspace", entityId: workspaceId, summary });
    return updated;
  });
}
