"use client";

import { createContext, useCallback, useContext, useEffect, useState } from "react";
import { api } from "@/components/ui/api";
import type { CommentSummary } from "@/lib/discussion/types";

interface CommentSummaryState {
  /** Per claim and edge: comments counted and unread by the caller; null until loaded. */
  summary: CommentSummary | null;
  /** Refetch after anything that changes the counts: a post, a delete, a hide, reading unread comments. */
  refresh: () => void;
}

// Outside a provider (a thread shown somewhere without badges) there is nothing to refresh.
const CommentSummaryContext = createContext<CommentSummaryState>({ summary: null, refresh: () => {} });

/** Loads `GET …/comments/summary` once mounted and again whenever a thread calls `refresh`. */
export function CommentSummaryProvider({ workspaceId, children }: { workspaceId: string; children: React.ReactNode }) {
  const [summary, setSummary] = useState<CommentSummary | null>(null);
  const refresh = useCallback(() => {
    api<CommentSummary>(`/api/workspaces/${workspaceId}/comments/summary`)
      .then(setSummary)
      .catch(() => {
        // The badges are a hint; the map stays fully usable without them, so no error is shown.
      });
  }, [workspaceId]);
  useEffect(refresh, [refresh]);
  return <CommentSummaryContext value={{ summary, refresh }}>{children}</CommentSummaryContext>;
}

export function useCommentSummary(): CommentSummaryState {
  return useContext(CommentSummaryContext);
}
