import { AppError } from "../../../errors";
import { normaliseTags, readStoredTags } from "../../../graph/tags";
import { updateClaimSchema } from "../../../validation/claim";
import { db } from "../../db";
import { requireMember, type Actor } from "../../access";
import { excerpt, recordActivity } from "../activity/record-activity";
import { UNSTATED_ANCHOR_MESSAGE } from "./create-claim";

/**
 * Change a claim's wording, type or position. The write only happens if the stored version is the
 * one the caller saw: otherwise CONFLICT, with the current claim in `details` so nothing is lost.
 */
export async function updateClaim(actor: Actor, workspaceId: string, claimId: string, input: unknown) {
  const { version, text, type, tags, position } = updateClaimSchema.parse(input);
  return db.$transaction(async (tx) => {
    await requireMember(tx, actor, workspaceId, "claim:write");
    const current = await tx.claim.findFirst({ where: { id: claimId, workspaceId, deletedAt: null } });
    if (!current) throw new AppError("NOT_FOUND", "This claim does not exist in this workspace (it may have been deleted).");
    if (type === "unstated" && current.anchorId) throw new AppError("VALIDATION", UNSTATED_ANCHOR_MESSAGE);
    const onlyMoved = text === undefined && type === undefined && tags === undefined;
    if (onlyMoved) {
      // Positions are last-writer-wins and do not bump the version (see updateClaimSchema).
      await tx.claim.update({ where: { id: claimId }, data: { x: position?.x ?? null, y: position?.y ?? null } });
      return { id: claimId, version: current.version };
    }
    const changed = await tx.claim.updateMany({
      where: { id: claimId, version },
      data: {
        ...(text !== undefined ? { text } : {}),
        ...(type !== undefined ? { type } : {}),
        ...(tags !== undefined ? { tags: JSON.stringify(normaliseTags(tags)) } : {}),
        ...(position !== undefined ? { x: position?.x ?? null, y: position?.y ?? null } : {}),
        version: { increment: 1 },
      },
    });
    if (changed.count === 0) {
      throw new AppError("CONFLICT", "Someone else changed this claim since you opened it. Their version is shown; yours is kept in the form.", {
        current: { id: current.id, text: current.text, type: current.type, version: current.version },
      });
    }
    const newVersion = current.version + 1;
    const wordingChanged = text !== undefined && text !== current.text;
    if (wordingChanged) {
      await tx.claimRevision.create({ data: { claimId, version: newVersion, text, editorId: actor.id } });
    }
    await recordActivity(tx, {
      workspaceId,
      actorId: actor.id,
      action: "updated",
      entityType: "claim",
      entityId: claimId,
      summary: `edited the claim “${excerpt(text ?? current.text)}”`,
      data: { before: { text: current.text, type: current.type, tags: readStoredTags(current.tags) } },
    });
    return { id: claimId, version: newVersion };
  });
}
