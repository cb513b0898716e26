import { db } from "../../db";
import { requireMember, type Actor } from "../../access";
import { excerpt, recordActivity } from "../activity/record-activity";
import { findBrief, requireBriefAuthor } from "./load-brief";

/** Delete a brief (soft: its snapshots stay in the database). Its author or an owner may. */
export async function deleteBrief(actor: Actor, workspaceId: string, briefId: string) {
  return db.$transaction(async (tx) => {
    const role = await requireMember(tx, actor, workspaceId, "brief:write");
    const brief = await findBrief(tx, actor, role, workspaceId, briefId);
    requireBriefAuthor(actor, role, brief);
    await tx.brief.update({ where: { id: briefId }, data: { deletedAt: new Date(), version: { increment: 1 } } });
    await recordActivity(tx, { workspaceId, actorId: actor.id, action: "deleted", entityType: "brief", entityId: briefId, summary: `deleted the brief “${excerpt(brief.title)}”` });
    return { id: briefId };
  });
}
