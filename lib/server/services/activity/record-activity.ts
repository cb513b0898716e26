import type { Db } from "../../db";

export interface ActivityEntry {
  workspaceId: string;
  actorId: string;
  /** "comment:read" marks when the actor last read a claim's or edge's comments (unread counts). */
  action: "created" | "updated" | "deleted" | "imported" | "revised" | "reanchored" | "joined" | "revoked" | "restored" | "undone" | "hidden" | "unhidden" | "comment:read";
  entityType: "workspace" | "source" | "claim" | "edge" | "member" | "invitation" | "stance" | "comment" | "brief" | "debate" | "layout" | "equivalence";
  entityId: string;
  summary: string;
  data?: Record<string, unknown>;
  /** Defaults to now; a read marker passes the moment the discussion was read. */
  createdAt?: Date;
}

/** Append to the workspace's activity log; call it inside the transaction of the change it records. */
export async function recordActivity(tx: Db, entry: ActivityEntry): Promise<void> {
  await tx.activity.create({
    data: { ...entry, data: JSON.stringify(entry.data ?? {}) },
  });
}

export function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
