import { AppError } from "../../../errors";
import { relayoutSchema } from "../../../validation/layout";
import { db, sqlFragments, type Db } from "../../db";
import { requireMember, type Actor } from "../../access";
import { recordActivity } from "../activity/record-activity";

/** [x, y], or null for a claim the map laid out on its own. Kept short: a big map logs thousands. */
export type StoredPosition = [number, number] | null;
export interface RelayoutActivityData {
  algorithm: string;
  before: Record<string, StoredPosition>;
  after: Record<string, [number, number]>;
}

const ALGORITHM_NAME = { layered: "top-down", radial: "radial", force: "force" } as const;

/** The activity log's entity for "how the map is arranged", apart from the workspace's own rows. */
export const layoutEntityId = (workspaceId: string) => `layout:${workspaceId}`;

/**
 * Save a whole new arrangement of the map (computed in the browser's layout worker) in one
 * transaction, logging every claim's previous position so undo can put them back. Every id must be a
 * live claim of this workspace; claims not in the request keep their place.
 */
export async function relayoutMap(actor: Actor, workspaceId: string, input: unknown) {
  const { algorithm, positions } = relayoutSchema.parse(input);
  return db.$transaction(
    async (tx) => {
      await requireMember(tx, actor, workspaceId, "claim:write");
      const ids = Object.keys(positions);
      const claims = await tx.claim.findMany({ where: { workspaceId, deletedAt: null }, select: { id: true, x: true, y: true } });
      const current = new Map(claims.map((c) => [c.id, c]));
      const unknown = ids.filter((id) => !current.has(id));
      if (unknown.length > 0) {
        throw new AppError("NOT_FOUND", `${unknown.length === 1 ? "One claim" : `${unknown.length} claims`} in this layout ${unknown.length === 1 ? "is" : "are"} not on this map (deleted, or from another workspace). Reload the map and lay it out again.`, { unknown: unknown.slice(0, 20) });
      }
      const before: RelayoutActivityData["before"] = {};
      const after: RelayoutActivityData["after"] = {};
      for (const id of ids) {
        const claim = current.get(id)!;
        before[id] = claim.x !== null && claim.y !== null ? [claim.x, claim.y] : null;
        after[id] = [Math.round(positions[id]!.x), Math.round(positions[id]!.y)];
      }
      await writePositions(tx, workspaceId, after);
      await recordActivity(tx, {
        workspaceId,
        actorId: actor.id,
        action: "updated",
        entityType: "layout",
        entityId: layoutEntityId(workspaceId),
        summary: `re-laid out the map (${ALGORITHM_NAME[algorithm]}, ${ids.length} claim${ids.length === 1 ? "" : "s"})`,
        data: { algorithm, before, after } satisfies RelayoutActivityData,
      });
      return { placed: ids.length, algorithm };
    },
    { timeout: 60_000 },
  );
}

/**
 * Set many claims' positions with a few statements (one UPDATE per few hundred claims, CASE on the
 * id) instead of one round trip per claim. Positions are last-writer-wins and do not bump versions,
 * as for a drag (lib/validation/claim.ts). The CASTs are for PostgreSQL, which would type a bare
 * parameter in a CASE branch as text.
 */
export async function writePositions(tx: Db, workspaceId: string, positions: Record<string, StoredPosition>): Promise<void> {
  const entries = Object.entries(positions);
  for (let at = 0; at < entries.length; at += 300) {
    const chunk = entries.slice(at, at + 300);
    const xs = sqlFragments.join(chunk.map(([id, p]) => sqlFragments.sql`WHEN ${id} THEN CAST(${p ? p[0] : null} AS DOUBLE PRECISION)`), " ");
    const ys = sqlFragments.join(chunk.map(([id, p]) => sqlFragments.sql`WHEN ${id} THEN CAST(${p ? p[1] : null} AS DOUBLE PRECISION)`), " ");
    const ids = sqlFragments.join(chunk.map(([id]) => id));
    await tx.$executeRaw`UPDATE "Claim" SET "x" = CASE "id" ${xs} END, "y" = CASE "id" ${ys} END WHERE "workspaceId" = ${workspaceId} AND "id" IN (${ids})`;
  }
}
