import type { Db } from "../../db";

export interface ActivityEntry {
  workspaceId: string;
  actorId: string;
  action: "created" | "updated" | "deleted" | "imported" | "joined" | "revoked" | "restored" | "undone";
  entityType: "workspace" | "source" | "claim" | "edge" | "member" | "invitation" | "stance";
  entityId: string;
  summary: string;
  data?: Record<string, unknown>;
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
