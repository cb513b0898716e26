import { AppError } from "../../../errors";
import { BRIEF_FORMAT_VERSION, type BriefSemantics, type BriefSide, type ComputedBrief } from "../../../brief";
import { db } from "../../db";
import { requireMember, type Actor } from "../../access";
import { excerpt, recordActivity } from "../activity/record-activity";
import { computeLiveBrief, displayName, findBrief } from "./load-brief";

/**
 * Freeze the brief as the live map gives it now, under its saved semantics: the version taken into
 * the room. Members who may keep briefs may snapshot any brief of the workspace.
 */
export async function takeSnapshot(actor: Actor, workspaceId: string, briefId: string) {
  const role = await requireMember(db, actor, workspaceId, "brief:write");
  const brief = await findBrief(db, actor, role, workspaceId, briefId);
  const computed = await computeLiveBrief(db, actor, workspaceId, { thesisId: brief.thesisId, side: brief.side as BriefSide, semantics: brief.semantics as BriefSemantics });
  if (!computed) throw new AppError("CONFLICT", "The thesis of this brief was deleted; restore it from the trash before taking a snapshot.");
  return db.$transaction(async (tx) => {
    await findBrief(tx, actor, await requireMember(tx, actor, workspaceId, "brief:write"), workspaceId, briefId);
    const snapshot = await tx.briefSnapshot.create({ data: { briefId, content: JSON.stringify(computed), takenById: actor.id } });
    await recordActivity(tx, { workspaceId, actorId: actor.id, action: "created", entityType: "brief", entityId: briefId, summary: `took a snapshot of the brief “${excerpt(brief.title)}”`, data: { snapshotId: snapshot.id } });
    return { id: snapshot.id, takenAt: snapshot.takenAt.toISOString() };
  });
}

export interface SnapshotView {
  id: string;
  briefId: string;
  title: string;
  timeLimitMinutes: number | null;
  takenAt: string;
  takenBy: string;
  content: ComputedBrief;
}

/** One snapshot, read-only, as it was taken. */
export async function getSnapshot(actor: Actor, workspaceId: string, briefId: string, snapshotId: string): Promise<SnapshotView> {
  const role = await requireMember(db, actor, workspaceId, "workspace:read");
  const brief = await findBrief(db, actor, role, workspaceId, briefId);
  const snapshot = await db.briefSnapshot.findFirst({ where: { id: snapshotId, briefId }, include: { takenBy: { select: { name: true, email: true } } } });
  if (!snapshot) throw new AppError("NOT_FOUND", "This snapshot does not exist for this brief.");
  const content = JSON.parse(snapshot.content) as ComputedBrief;
  if (content.formatVersion !== BRIEF_FORMAT_VERSION) throw new AppError("CONFLICT", `This snapshot was saved in brief format ${content.formatVersion}, which this version of Agon cannot show.`);
  return { id: snapshot.id, briefId, title: brief.title, timeLimitMinutes: brief.timeLimitMinutes, takenAt: snapshot.takenAt.toISOString(), takenBy: displayName(snapshot.takenBy), content };
}

/** The brief's snapshots, newest first. */
export async function listSnapshots(actor: Actor, workspaceId: string, briefId: string) {
  await findBrief(db, actor, await requireMember(db, actor, workspaceId, "workspace:read"), workspaceId, briefId);
  const rows = await db.briefSnapshot.findMany({ where: { briefId }, include: { takenBy: { select: { name: true, email: true } } }, orderBy: { takenAt: "desc" } });
  return rows.map((s) => ({ id: s.id, takenAt: s.takenAt.toISOString(), takenBy: displayName(s.takenBy) }));
}
