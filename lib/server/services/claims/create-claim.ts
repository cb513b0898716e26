import { createClaimSchema } from "../../../validation/claim";
import { db } from "../../db";
import { requireMember, type Actor } from "../../access";
import { excerpt, recordActivity } from "../activity/record-activity";
import { createAnchor } from "../anchors/create-anchor";

/** Create a claim, anchored to a selection in a source or free-standing, in one transaction. */
export async function createClaim(actor: Actor, workspaceId: string, input: unknown) {
  const { text, type, anchor, position } = createClaimSchema.parse(input);
  return db.$transaction(async (tx) => {
    await requireMember(tx, actor, workspaceId, "claim:write");
    const created = anchor ? await createAnchor(tx, workspaceId, anchor) : null;
    const claim = await tx.claim.create({
      data: {
        workspaceId,
        text,
        type,
        anchorId: created?.id ?? null,
        x: position?.x ?? null,
        y: position?.y ?? null,
        createdById: actor.id,
        revisions: { create: { version: 1, text, editorId: actor.id } },
      },
    });
    await recordActivity(tx, {
      workspaceId,
      actorId: actor.id,
      action: "created",
      entityType: "claim",
      entityId: claim.id,
      summary: `added the claim “${excerpt(text)}”`,
    });
    await tx.workspace.update({ where: { id: workspaceId }, data: { updatedAt: new Date() } });
    return { id: claim.id, version: claim.version, anchorId: claim.anchorId };
  });
}
