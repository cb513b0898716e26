import { canSeeStance } from "../../../stances/tally";
import type { StanceValue } from "../../../validation/stance";
import { db } from "../../db";
import { requireMember, type Actor } from "../../access";

const MAX_KEY_CLAIMS = 12;

export interface StanceOverview {
  blind: boolean;
  claims: { id: string; text: string; type: string; author: string | null }[];
  members: { userId: string; label: string; role: string; isYou: boolean }[];
  /** cells[memberIndex][claimIndex]: the stance, "hidden" in blind mode, or null when none. */
  cells: (({ value: StanceValue; stale: boolean }) | "hidden" | null)[][];
}

/**
 * Members × key claims: the theses first, then the claims most members have judged. A seminar
 * leader sees at a glance where everyone stands.
 */
export async function stanceOverview(actor: Actor, workspaceId: string): Promise<StanceOverview> {
  const role = await requireMember(db, actor, workspaceId, "workspace:read");
  const [workspace, claimRows, memberRows] = await Promise.all([
    db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { blindStances: true } }),
    db.claim.findMany({
      where: { workspaceId, deletedAt: null },
      select: { id: true, text: true, type: true, createdAt: true, anchor: { select: { source: { select: { author: true } } } }, stances: { select: { userId: true, value: true, claimText: true } } },
    }),
    db.membership.findMany({ where: { workspaceId }, include: { user: { select: { email: true, name: true } } }, orderBy: { createdAt: "asc" } }),
  ]);
  const key = claimRows
    .filter((c) => c.type === "thesis" || c.stances.length > 0)
    .sort((a, b) => Number(b.type === "thesis") - Number(a.type === "thesis") || b.stances.length - a.stances.length || a.createdAt.getTime() - b.createdAt.getTime())
    .slice(0, MAX_KEY_CLAIMS);
  const context = { viewerId: actor.id, viewerIsOwner: role === "owner", blind: workspace.blindStances };
  const cells = memberRows.map((m) =>
    key.map((claim) => {
      const stance = claim.stances.find((s) => s.userId === m.userId);
      if (!stance) return null;
      const viewerHasMarked = claim.stances.some((s) => s.userId === actor.id);
      if (!canSeeStance(context, m.userId, viewerHasMarked)) return "hidden" as const;
      return { value: stance.value as StanceValue, stale: stance.claimText !== claim.text };
    }),
  );
  return {
    blind: workspace.blindStances,
    claims: key.map((c) => ({ id: c.id, text: c.text, type: c.type, author: c.anchor?.source.author ?? null })),
    members: memberRows.map((m) => ({ userId: m.userId, label: m.user.name ?? m.user.email, role: m.role, isYou: m.userId === actor.id })),
    cells,
  };
}
