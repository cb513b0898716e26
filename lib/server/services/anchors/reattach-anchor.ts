import { describeRange } from "../../../anchoring";
import { AppError } from "../../../errors";
import { reattachAnchorSchema } from "../../../validation/anchor";
import { db } from "../../db";
import { requireMember, type Actor } from "../../access";
import { recordActivity } from "../activity/record-activity";
import { findReviewTarget, updateAtVersion } from "./review-target";

/**
 * Re-attach a passage (typically orphaned by a revision) to words a person selected in the source's
 * current revision. The selection must match the current text exactly, as when making a claim.
 */
export async function reattachAnchor(actor: Actor, workspaceId: string, anchorId: string, input: unknown) {
  const selection = reattachAnchorSchema.parse(input);
  return db.$transaction(async (tx) => {
    await requireMember(tx, actor, workspaceId, "claim:write");
    const { anchor, revision, owner } = await findReviewTarget(tx, workspaceId, anchorId);
    if (selection.revisionId !== revision.id) {
      throw new AppError("CONFLICT", "The source was revised since you opened it. Reload the page and select the words again.");
    }
    const text = revision.normalizedText;
    let { start, end } = selection;
    if (end > text.length || text.slice(start, end) !== selection.exact) {
      throw new AppError("CONFLICT", "The selected words no longer match the source. Reload the page and select them again.");
    }
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (start === end) throw new AppError("VALIDATION", "Select some words, not only spaces.");
    const { quote, position } = describeRange(text, start, end);
    const next = await updateAtVersion(tx, anchorId, selection.version, {
      revisionId: revision.id,
      ...quote,
      ...position,
      status: "anchored",
      score: 1,
      previousExact: null,
    });
    await recordActivity(tx, {
      workspaceId,
      actorId: actor.id,
      action: "reanchored",
      entityType: owner.entityType,
      entityId: owner.entityId,
      summary: `re-attached ${owner.label} to new words`,
      data: { anchorId, from: { status: anchor.status, exact: anchor.exact }, to: { exact: quote.exact } },
    });
    return { id: anchorId, version: next, status: "anchored" as const, start, end };
  });
}
