import { AppError } from "../../../errors";
import { revealDebateSchema } from "../../../validation/debate";
import { excerpt, recordActivity } from "../activity/record-activity";
import { db } from "../../db";
import { requireMember, type Actor } from "../../access";
import { DEBATE_NOT_FOUND } from "./sides";

/** After the debate: both sides' briefs become visible to every member. There is no un-reveal. */
export async function revealDebate(actor: Actor, workspaceId: string, debateId: string, input: unknown) {
  const { version } = revealDebateSchema.parse(input);
  return db.$transaction(async (tx) => {
    await requireMember(tx, actor, workspaceId, "debate:manage");
    const debate = await tx.debate.findFirst({ where: { id: debateId, workspaceId }, include: { thesis: { select: { text: true } } } });
    if (!debate) throw new AppError("NOT_FOUND", DEBATE_NOT_FOUND);
    if (debate.revealedAt) throw new AppError("CONFLICT", "Both briefs of this debate are already revealed.");
    const revealedAt = new Date();
    const { count } = await tx.debate.updateMany({ where: { id: debateId, version, revealedAt: null }, data: { revealedAt, version: { increment: 1 } } });
    if (count === 0) throw new AppError("CONFLICT", "Someone changed this debate since you opened it. Reload, check the sides, then reveal.");
    await recordActivity(tx, {
      workspaceId,
      actorId: actor.id,
      action: "updated",
      entityType: "debate",
      entityId: debateId,
      summary: `revealed both briefs of the debate on “${excerpt(debate.thesis.text)}”`,
    });
    return { id: debateId, version: version + 1, revealedAt: revealedAt.toISOString() };
  });
}
