import { AppError } from "../../../errors";
import { updateBriefSchema } from "../../../validation/brief";
import { db } from "../../db";
import { requireMember, type Actor } from "../../access";
import { excerpt, recordActivity } from "../activity/record-activity";
import { findBrief, requireBriefAuthor } from "./load-brief";

/** Rename a brief, change its saved semantics or time limit; refuses a stale version. */
export async function updateBrief(actor: Actor, workspaceId: string, briefId: string, input: unknown) {
  const { version, ...changes } = updateBriefSchema.parse(input);
  return db.$transaction(async (tx) => {
    const role = await requireMember(tx, actor, workspaceId, "brief:write");
    const brief = await findBrief(tx, actor, role, workspaceId, briefId);
    requireBriefAuthor(actor, role, brief);
    const { count } = await tx.brief.updateMany({ where: { id: briefId, version }, data: { ...changes, version: { increment: 1 } } });
    if (count === 0) {
      throw new AppError("CONFLICT", "Someone changed this brief since you opened it. Reload to see their change, then try again.", {
        current: { title: brief.title, semantics: brief.semantics, timeLimitMinutes: brief.timeLimitMinutes, version: brief.version },
      });
    }
    await recordActivity(tx, { workspaceId, actorId: actor.id, action: "updated", entityType: "brief", entityId: briefId, summary: `changed the brief “${excerpt(changes.title ?? brief.title)}”` });
    return { id: briefId, version: version + 1 };
  });
}
