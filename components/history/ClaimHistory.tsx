"use client";

import { useState } from "react";
import { api } from "@/components/ui/api";
import type { ClaimRevisionItem } from "@/lib/server/services/history/activity-feed";
import { relativeTime } from "./ActivityList";

/** A claim's earlier wordings, loaded when the reader opens the section. */
export function ClaimHistory({ workspaceId, claimId, version }: { workspaceId: string; claimId: string; version: number }) {
  const [revisions, setRevisions] = useState<ClaimRevisionItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function load() {
    try {
      setRevisions(await api<ClaimRevisionItem[]>(`/api/workspaces/${workspaceId}/claims/${claimId}/revisions`));
    } catch (e) {
      setError(e instanceof Error ? e.message : "Could not load the history.");
    }
  }
  return (
    <details onToggle={(e) => (e.currentTarget.open && revisions === null ? void load() : undefined)} key={version}>
      <summary className="history-summary">History of its wording</summary>
      {error && <div className="alert alert-error" role="alert">{error}</div>}
      {revisions && (
        <ol className="revision-list" data-testid="claim-revisions">
          {revisions.map((r, i) => (
            <li key={r.version}>
              <div>{r.text}</div>
              <span className="faint">
                {i === 0 ? "current · " : ""}version {r.version} · {r.editor} · {relativeTime(r.createdAt)}
              </span>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
