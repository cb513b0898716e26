import { AppError } from "../../../errors";
import { createDebateSchema } from "../../../validation/debate";
import { excerpt, recordActivity } from "../activity/record-activity";
import { headline } from "../briefs/create-brief";
import { db } from "../../db";
import { requireMember, type Actor } from "../../access";
import { resolveSides, sideCounts } from "./sides";

/**
 * Set up a group debate on a motion: assign members to the for and against sides and create one brief
 * per side, all or nothing. Each side then sees only its own brief until an owner reveals both.
 */
export async function createDebate(actor: Actor, workspaceId: string, input: unknown) {
  const { thesisId, semantics, timeLimitMinutes, ...assignment } = createDebateSchema.parse(input);
  return db.$transaction(async (tx) => {
    await requireMember(tx, actor, workspaceId, "debate:manage");
    const thesis = await tx.claim.findFirst({ where: { id: thesisId, workspaceId, deletedAt: null }, select: { id: true, text: true } });
    if (!thesis) throw new AppError("NOT_FOUND", "The claim to debate does not exist in this workspace (it may have been deleted).");
    const sides = await resolveSides(tx, workspaceId, assignment);
    const debate = await tx.debate.create({ data: { workspaceId, thesisId, createdById: actor.id, sides: { create: sides } } });
    const briefIds: Record<"for" | "against", string> = { for: "", against: "" };
    for (const side of ["for", "against"] as const) {
      const brief = await tx.brief.create({
        data: { workspaceId, thesisId, side, semantics, timeLimitMinutes, debateId: debate.id, createdById: actor.id, title: `${side === "for" ? "For" : "Against"}: ${headline(thesis.text)}` },
      });
      briefIds[side] = brief.id;
    }
    await recordActivity(tx, {
      workspaceId,
      actorId: actor.id,
      action: "created",
      entityType: "debate",
      entityId: debate.id,
      summary: `set up a group debate on “${excerpt(thesis.text)}” (${sideCounts(sides)})`,
    });
    return { id: debate.id, version: debate.version, briefs: briefIds };
  });
}
