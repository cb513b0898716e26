"use client";

import Link from "next/link";
import { useState } from "react";
import { api } from "@/components/ui/api";
import type { TrashedClaim } from "@/lib/server/services/history/trash";
import { relativeTime } from "./ActivityList";

export function TrashList({ workspaceId, initial }: { workspaceId: string; initial: TrashedClaim[] }) {
  const [items, setItems] = useState(initial);
  const [message, setMessage] = useState<{ text: string; error?: boolean; claimId?: string } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  async function restore(item: TrashedClaim) {
    setBusy(item.id);
    setMessage(null);
    try {
      const result = await api<{ restoredEdgeIds: string[]; skippedEdgeIds: string[] }>(`/api/workspaces/${workspaceId}/trash/${item.id}`, { method: "POST" });
      setItems((current) => current.filter((i) => i.id !== item.id));
      const skipped = result.skippedEdgeIds.length ? ` ${result.skippedEdgeIds.length} edge(s) stayed in the trash: a claim they need is gone, or the same edge exists again.` : "";
      setMessage({ text: `Restored “${item.text}” with ${result.restoredEdgeIds.length} edge(s).${skipped}`, claimId: item.id });
    } catch (e) {
      setMessage({ text: e instanceof Error ? e.message : "Could not restore it.", error: true });
    } finally {
      setBusy(null);
    }
  }

  return (
    <>
      {message && (
        <div className={`alert ${message.error ? "alert-error" : "alert-info"}`} role={message.error ? "alert" : "status"}>
          {message.text} {message.claimId && <Link href={`/w/${workspaceId}/map?claim=${message.claimId}`}>Show on the map →</Link>}
        </div>
      )}
      {items.length === 0 ? (
        <div className="card empty"><h2>The trash is empty</h2><p>Deleted claims come here and can be restored for 30 days.</p></div>
      ) : (
        <div className="card" style={{ padding: "6px 20px" }}>
          <ul className="plain-list">
            {items.map((item) => (
              <li key={item.id} data-testid="trash-item">
                <span>
                  <strong>{item.text}</strong>
                  <span className="faint" style={{ display: "block" }}>
                    deleted {relativeTime(item.deletedAt)}{item.deletedBy ? ` by ${item.deletedBy}` : ""} · {item.edgeCount} edge{item.edgeCount === 1 ? "" : "s"} with it · kept until {new Date(item.expiresAt).toLocaleDateString(undefined, { day: "numeric", month: "short" })}
                  </span>
                </span>
                <button className="btn btn-sm" onClick={() => restore(item)} disabled={busy !== null}>{busy === item.id ? "Restoring…" : "Restore"}</button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
