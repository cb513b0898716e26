import { AppError } from "../../../errors";
import { excerpt, recordActivity } from "../activity/record-activity";
import { createBriefSchema } from "../../../validation/brief";
import { db } from "../../db";
import { requireMember, type Actor } from "../../access";

/** Prepare a debate: save a brief on a live claim of the workspace, for one side. */
export async function createBrief(actor: Actor, workspaceId: string, input: unknown) {
  const { thesisId, side, semantics, timeLimitMinutes, title } = createBriefSchema.parse(input);
  return db.$transaction(async (tx) => {
    await requireMember(tx, actor, workspaceId, "brief:write");
    const thesis = await tx.claim.findFirst({ where: { id: thesisId, workspaceId, deletedAt: null }, select: { id: true, text: true } });
    if (!thesis) throw new AppError("NOT_FOUND", "The claim to debate does not exist in this workspace (it may have been deleted).");
    const brief = await tx.brief.create({
      data: {
        workspaceId,
        thesisId,
        side,
        semantics,
        timeLimitMinutes,
        title: title ?? `${side === "for" ? "For" : "Against"}: ${headline(thesis.text)}`,
        createdById: actor.id,
      },
    });
    await recordActivity(tx, {
      workspaceId,
      actorId: actor.id,
      action: "created",
      entityType: "brief",
      entityId: brief.id,
      summary: `prepared a debate ${side} “${excerpt(thesis.text)}”`,
    });
    return { id: brief.id, version: brief.version };
  });
}

/** A claim's first clause, for a default title: "Mao-era China was not Soviet-style orthodox: it …" → "Mao-era China was not Soviet-style orthodox". */
export function headline(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const clause = /^(.{20,}?)[:;.](\s|$)/.exec(flat)?.[1];
  return excerpt(clause ?? flat, 90);
}
