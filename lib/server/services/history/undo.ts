import { AppError } from "../../../errors";
import { edgeSignature } from "../../../graph/edge-rules";
import { db, type Db } from "../../db";
import { requireMember, type Actor } from "../../access";
import { excerpt, recordActivity } from "../activity/record-activity";
import { withUndercuts } from "../inferences/undercut-closure";
import { restorePremises } from "../inferences/change-premises";
import { restoreClaimWithEdges, restoreEdges } from "./restore";
import { writePositions, type RelayoutActivityData } from "../map/relayout-map";

/** The changes undo knows how to reverse: `${entityType}:${action}`. */
const UNDOABLE = ["claim:created", "claim:updated", "claim:deleted", "edge:created", "edge:updated", "edge:deleted", "layout:updated"];

async function lastUndoable(tx: Db, actor: Actor, workspaceId: string) {
  const mine = await tx.activity.findMany({
    where: { workspaceId, actorId: actor.id, action: { in: ["created", "updated", "deleted", "undone"] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 50,
  });
  const undone = new Set(mine.filter((a) => a.action === "undone").map((a) => (JSON.parse(a.data) as { undoes?: string }).undoes));
  return mine.find((a) => UNDOABLE.includes(`${a.entityType}:${a.action}`) && !undone.has(a.id)) ?? null;
}

/** What "Undo" would reverse for the caller right now, for the button's label. */
export async function peekUndo(actor: Actor, workspaceId: string): Promise<{ activityId: string; summary: string } | null> {
  await requireMember(db, actor, workspaceId, "workspace:read");
  const last = await lastUndoable(db, actor, workspaceId);
  return last ? { activityId: last.id, summary: last.summary } : null;
}

/**
 * Reverse the caller's own last change, if nobody has changed the same claim or edge since: undo
 * never overwrites someone else's work. The undo itself is logged and cannot be undone (no redo).
 */
export async function undoLastChange(actor: Actor, workspaceId: string) {
  return db.$transaction(async (tx) => {
    await requireMember(tx, actor, workspaceId, "claim:write");
    const last = await lastUndoable(tx, actor, workspaceId);
    if (!last) throw new AppError("NOT_FOUND", "You have no change here that can be undone.");
    const later = await tx.activity.findFirst({
      where: { workspaceId, entityId: last.entityId, createdAt: { gte: last.createdAt }, id: { not: last.id }, actorId: { not: actor.id } },
    });
    if (later) throw new AppError("CONFLICT", `Someone else has changed this ${last.entityType} since (${later.summary}), so undoing would overwrite their work.`);
    const data = JSON.parse(last.data) as { before?: { text?: string; type?: string; tags?: string[]; kind?: string; note?: string; scheme?: string | null }; edgeIds?: string[]; premisesBefore?: string[]; conclusionBefore?: string };
    const key = `${last.entityType}:${last.action}`;
    if (key === "claim:created") {
      const edgeIds = await withUndercuts(tx, workspaceId, (await tx.inference.findMany({ where: { workspaceId, deletedAt: null, OR: [{ conclusionId: last.entityId }, { premises: { some: { claimId: last.entityId } } }] }, select: { id: true } })).map((e) => e.id));
      const now = new Date();
      await tx.inference.updateMany({ where: { id: { in: edgeIds } }, data: { deletedAt: now, signature: null, version: { increment: 1 } } });
      await tx.claim.update({ where: { id: last.entityId }, data: { deletedAt: now, version: { increment: 1 } } });
    } else if (key === "claim:updated" && data.before) {
      const claim = await tx.claim.findUniqueOrThrow({ where: { id: last.entityId } });
      const version = claim.version + 1;
      const tags = data.before.tags !== undefined ? { tags: JSON.stringify(data.before.tags) } : {};
      await tx.claim.update({ where: { id: claim.id }, data: { text: data.before.text, type: data.before.type, ...tags, version } });
      if (data.before.text !== undefined && data.before.text !== claim.text) await tx.claimRevision.create({ data: { claimId: claim.id, version, text: data.before.text, editorId: actor.id } });
    } else if (key === "claim:deleted") {
      await restoreClaimWithEdges(tx, workspaceId, last.entityId, data.edgeIds ?? []);
    } else if (key === "edge:created") {
      const ids = await withUndercuts(tx, workspaceId, [last.entityId]);
      await tx.inference.updateMany({ where: { id: { in: ids }, deletedAt: null }, data: { deletedAt: new Date(), signature: null, version: { increment: 1 } } });
    } else if (key === "edge:updated" && data.premisesBefore) {
      await restorePremises(tx, workspaceId, last.entityId, data.premisesBefore);
    } else if (key === "edge:updated" && data.conclusionBefore) {
      await restoreConclusion(tx, workspaceId, last.entityId, data.conclusionBefore);
    } else if (key === "edge:updated" && data.before) {
      const edge = await tx.inference.findUniqueOrThrow({ where: { id: last.entityId }, include: { premises: { select: { claimId: true } } } });
      const scheme = data.before.scheme !== undefined ? { scheme: data.before.scheme } : {};
      await tx.inference.update({ where: { id: edge.id }, data: { kind: data.before.kind, note: data.before.note, ...scheme, version: { increment: 1 } } });
      if (data.before.kind !== edge.kind && edge.deletedAt === null) {
        // The kind is part of the signature; put the old one back (and refuse if that edge exists again).
        const signature = edgeSignature(data.before.kind as "support" | "oppose", edge.premises.map((p) => p.claimId), edge.conclusionId ?? edge.targetInferenceId!);
        const clash = await tx.inference.findFirst({ where: { workspaceId, signature, id: { not: edge.id } } });
        if (clash) throw new AppError("CONFLICT", "An edge of the earlier kind exists again between these claims, so the change cannot be undone.");
        await tx.inference.update({ where: { id: edge.id }, data: { signature } });
      }
    } else if (key === "edge:deleted") {
      const restored = await restoreEdges(tx, workspaceId, data.edgeIds ?? [last.entityId]);
      if (!restored.includes(last.entityId)) throw new AppError("CONFLICT", "The edge cannot come back: one of its claims is gone or the same edge exists again.");
    } else if (key === "layout:updated") {
      await undoRelayout(tx, workspaceId, JSON.parse(last.data) as RelayoutActivityData);
    } else {
      throw new AppError("CONFLICT", "This change cannot be undone.");
    }
    await recordActivity(tx, {
      workspaceId,
      actorId: actor.id,
      action: "undone",
      entityType: last.entityType as "claim" | "edge" | "layout",
      entityId: last.entityId,
      summary: `undid: ${excerpt(last.summary, 100)}`,
      data: { undoes: last.id },
    });
    return { undone: last.summary, entityType: last.entityType, entityId: last.entityId };
  });
}

/** Undo an outline indent or outdent: the inference concludes where it did, unless that claim is gone or the same reason is there again. */
async function restoreConclusion(tx: Db, workspaceId: string, edgeId: string, conclusionBefore: string) {
  const edge = await tx.inference.findUniqueOrThrow({ where: { id: edgeId }, include: { premises: { select: { claimId: true } } } });
  const before = await tx.claim.findFirst({ where: { id: conclusionBefore, workspaceId, deletedAt: null }, select: { id: true } });
  if (edge.deletedAt || !before) throw new AppError("CONFLICT", "The reason or the claim it argued for is gone, so the move cannot be undone.");
  const signature = edgeSignature(edge.kind as "support" | "oppose", edge.premises.map((p) => p.claimId), conclusionBefore);
  if (await tx.inference.findFirst({ where: { workspaceId, signature, id: { not: edgeId } } })) throw new AppError("CONFLICT", "The same reason argues for that claim again, so the move cannot be undone.");
  await tx.inference.update({ where: { id: edgeId }, data: { conclusionId: conclusionBefore, signature, version: { increment: 1 } } });
}

/**
 * Put claims back where they were before a re-layout. A claim moved since (a drag leaves no activity
 * row, so its position is the evidence) keeps its new place: undo never overwrites a later move.
 */
async function undoRelayout(tx: Db, workspaceId: string, data: RelayoutActivityData) {
  const claims = await tx.claim.findMany({ where: { workspaceId, deletedAt: null }, select: { id: true, x: true, y: true } });
  const untouched = claims.filter((c) => data.after[c.id] && c.x === data.after[c.id]![0] && c.y === data.after[c.id]![1]);
  if (untouched.length === 0) throw new AppError("CONFLICT", "Every claim of that layout has been moved since, so there is nothing to put back.");
  await writePositions(tx, workspaceId, Object.fromEntries(untouched.map((c) => [c.id, data.before[c.id] ?? null])));
}
