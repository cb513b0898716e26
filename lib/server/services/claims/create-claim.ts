import type { z } from "zod";
import { AppError } from "../../../errors";
import { normaliseTags } from "../../../graph/tags";
import { createClaimSchema } from "../../../validation/claim";
import { db, type Db } from "../../db";
import { requireMember, type Actor } from "../../access";
import { excerpt, recordActivity } from "../activity/record-activity";
import { createAnchor } from "../anchors/create-anchor";
import { joinAsOneProposition } from "../equivalence/mark-equivalent";

/** An unstated premise is by definition not in the text: no passage can be its anchor. */
export const UNSTATED_ANCHOR_MESSAGE = "An unstated premise is not in the text, so it cannot be anchored to a passage.";

/** Create a claim, anchored to a selection in a source or free-standing, in one transaction. */
export async function createClaim(actor: Actor, workspaceId: string, input: unknown) {
  const parsed = createClaimSchema.parse(input);
  return db.$transaction(async (tx) => {
    const created = await insertClaim(tx, actor, workspaceId, parsed);
    if (!parsed.sameAs) return created;
    // "Mark as same proposition" from the reader: the claim and its equivalence stand or fall together.
    await requireMember(tx, actor, workspaceId, "equivalence:write");
    const group = await joinAsOneProposition(tx, actor, workspaceId, [parsed.sameAs, created.id]);
    return { ...created, equivalenceGroupId: group.groupId };
  });
}

/** The writes of `createClaim` inside the caller's transaction, for actions that add a claim among other changes. */
export async function insertClaim(tx: Db, actor: Actor, workspaceId: string, { text, type, tags, anchor, position }: z.output<typeof createClaimSchema>) {
  await requireMember(tx, actor, workspaceId, "claim:write");
  if (type === "unstated" && anchor) throw new AppError("VALIDATION", UNSTATED_ANCHOR_MESSAGE);
  const created = anchor ? await createAnchor(tx, workspaceId, anchor) : null;
  const claim = await tx.claim.create({
    data: {
      workspaceId,
      text,
      type,
      tags: JSON.stringify(normaliseTags(tags ?? [])),
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
}
