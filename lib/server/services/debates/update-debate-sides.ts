import { AppError } from "../../../errors";
import { updateDebateSidesSchema } from "../../../validation/debate";
import { excerpt, recordActivity } from "../activity/record-activity";
import { db } from "../../db";
import { requireMember, type Actor } from "../../access";
import { DEBATE_NOT_FOUND, resolveSides, sideCounts } from "./sides";

/** Reassign who argues which side. The whole assignment is replaced, against the version the owner saw. */
export async function updateDebateSides(actor: Actor, workspaceId: string, debateId: string, input: unknown) {
  const { version, ...assignment } = updateDebateSidesSchema.parse(input);
  return db.$transaction(async (tx) => {
    await requireMember(tx, actor, workspaceId, "debate:manage");
    const debate = await tx.debate.findFirst({ where: { id: debateId, workspaceId }, include: { thesis: { select: { text: true } } } });
    if (!debate) throw new AppError("NOT_FOUND", DEBATE_NOT_FOUND);
    const sides = await resolveSides(tx, workspaceId, assignment);
    const { count } = await tx.debate.updateMany({ where: { id: debateId, version }, data: { version: { increment: 1 } } });
    if (count === 0) throw new AppError("CONFLICT", "Someone changed this debate since you opened it. Reload to see the sides as they are now, then assign again.");
    await tx.debateSide.deleteMany({ where: { debateId } });
    await tx.debateSide.createMany({ data: sides.map((s) => ({ debateId, ...s })) });
    await recordActivity(tx, {
      workspaceId,
      actorId: actor.id,
      action: "updated",
      entityType: "debate",
      entityId: debateId,
      summary: `reassigned the sides of the debate on “${excerpt(debate.thesis.text)}” (${sideCounts(sides)})`,
    });
    return { id: debateId, version: version + 1 };
  });
}
