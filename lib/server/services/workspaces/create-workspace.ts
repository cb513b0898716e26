import { createWorkspaceSchema } from "../../../validation/workspace";
import { db } from "../../db";
import type { Actor } from "../../access";
import { recordActivity } from "../activity/record-activity";

/** Create a workspace with the caller as its owner, in one transaction. */
export async function createWorkspace(actor: Actor, input: unknown) {
  const { name, description } = createWorkspaceSchema.parse(input);
  return db.$transaction(async (tx) => {
    const workspace = await tx.workspace.create({
      data: { name, description, members: { create: { userId: actor.id, role: "owner" } } },
    });
    await recordActivity(tx, {
      workspaceId: workspace.id,
      actorId: actor.id,
      action: "created",
      entityType: "workspace",
      entityId: workspace.id,
      summary: `created the workspace “${name}”`,
    });
    return { id: workspace.id, name: workspace.name, description: workspace.description, role: "owner" as const };
  });
}
