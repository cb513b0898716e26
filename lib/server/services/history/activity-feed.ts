import { AppError } from "../../../errors";
import { db } from "../../db";
import { requireMember, type Actor } from "../../access";

export interface ActivityItem {
  id: string;
  actor: string;
  actorId: string;
  action: string;
  entityType: string;
  entityId: string;
  summary: string;
  createdAt: string;
  /** Where to look at what changed, when it still exists. */
  href: string | null;
}

const PAGE_SIZE = 50;

/** The workspace's activity, newest first, 50 at a time (`before` is the last id of the previous page). */
export async function activityFeed(actor: Actor, workspaceId: string, before?: string | null): Promise<{ items: ActivityItem[]; next: string | null }> {
  await requireMember(db, actor, workspaceId, "workspace:read");
  const rows = await db.activity.findMany({
    // Read markers for comments live in the log too (unread counts) but are not news to anyone.
    where: { workspaceId, action: { not: "comment:read" } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    include: { actor: { select: { email: true, name: true } } },
    take: PAGE_SIZE + 1,
    ...(before ? { cursor: { id: before }, skip: 1 } : {}),
  });
  const page = rows.slice(0, PAGE_SIZE);
  const liveClaims = new Set(
    (await db.claim.findMany({ where: { id: { in: page.filter((r) => r.entityType === "claim").map((r) => r.entityId) }, deletedAt: null }, select: { id: true } })).map((c) => c.id),
  );
  const liveSources = new Set(
    (await db.source.findMany({ where: { id: { in: page.filter((r) => r.entityType === "source").map((r) => r.entityId) }, deletedAt: null }, select: { id: true } })).map((s) => s.id),
  );
  const base = `/w/${workspaceId}`;
  const items = page.map((r) => {
    const data = JSON.parse(r.data) as { claimId?: string };
    let href: string | null = null;
    if (r.entityType === "claim" && liveClaims.has(r.entityId)) href = `${base}/map?claim=${r.entityId}`;
    else if (r.entityType === "source" && liveSources.has(r.entityId)) href = `${base}/sources/${r.entityId}`;
    else if ((r.entityType === "stance" || r.entityType === "equivalence") && data.claimId) href = `${base}/map?claim=${data.claimId}`;
    else if (r.entityType === "member" || r.entityType === "invitation") href = `${base}/members`;
    else if (r.entityType === "layout") href = `${base}/map`;
    else if (r.entityType === "debate") href = `${base}/briefs`;
    return {
      id: r.id,
      actor: r.actor.name ?? r.actor.email,
      actorId: r.actorId,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      summary: r.summary,
      createdAt: r.createdAt.toISOString(),
      href,
    };
  });
  return { items, next: rows.length > PAGE_SIZE ? page[page.length - 1]!.id : null };
}

export interface ClaimRevisionItem {
  version: number;
  text: string;
  editor: string;
  createdAt: string;
}

/** Every wording a claim has had, newest first. */
export async function claimRevisions(actor: Actor, workspaceId: string, claimId: string): Promise<ClaimRevisionItem[]> {
  await requireMember(db, actor, workspaceId, "workspace:read");
  const claim = await db.claim.findFirst({ where: { id: claimId, workspaceId }, select: { id: true } });
  if (!claim) throw new AppError("NOT_FOUND", "This claim does not exist in this workspace.");
  const rows = await db.claimRevision.findMany({
    where: { claimId },
    orderBy: { version: "desc" },
    include: { editor: { select: { email: true, name: true } } },
  });
  return rows.map((r) => ({ version: r.version, text: r.text, editor: r.editor.name ?? r.editor.email, createdAt: r.createdAt.toISOString() }));
}
