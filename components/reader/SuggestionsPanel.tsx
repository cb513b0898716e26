"use client";

import Link from "next/link";
import { useCallback, useEffect, useRef, useState } from "react";
import { api } from "@/components/ui/api";
import type { ClaimSuggestion, SourceSuggestions } from "@/lib/server/services/sources/suggest-claims";
import "./suggestions.css";

/**
 * "Suggest claims": the sentences lib/suggest ranks highest, each in a little context with its
 * reasons. Choosing one shows it in the text; editors can make it a claim (anchored to exactly that
 * sentence) or dismiss it for the whole workspace, and restore a dismissed one.
 */
export function SuggestionsPanel({
  workspaceId,
  sourceId,
  canEdit,
  claimCount,
  onShow,
  onClaimMade,
  onClose,
}: {
  workspaceId: string;
  sourceId: string;
  canEdit: boolean;
  /** Changes when claims are made elsewhere in the reader, so the list drops sentences now claimed. */
  claimCount: number;
  onShow: (passage: { start: number; end: number }) => void;
  onClaimMade: (claimId: string) => void;
  onClose: () => void;
}) {
  const base = `/api/workspaces/${workspaceId}/sources/${sourceId}/suggestions`;
  const [data, setData] = useState<SourceSuggestions | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<number | string | null>(null);
  const [shown, setShown] = useState<number | null>(null);
  const [made, setMade] = useState<{ id: string; sentence: string } | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Opening the list moves the keyboard to it: on a phone it lies below the text.
  useEffect(() => headingRef.current?.focus(), []);

  const load = useCallback(async () => {
    try {
      setData(await api<SourceSuggestions>(base));
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : "The suggestions could not be loaded.");
    }
  }, [base]);

  useEffect(() => {
    void load();
  }, [load, claimCount]);

  async function act(key: number | string, action: () => Promise<void>) {
    setBusy(key);
    setError(null);
    try {
      await action();
      await load();
    } catch (e) {
      setError(e instanceof Error ? e.message : "That did not work; nothing was changed.");
    } finally {
      setBusy(null);
    }
  }

  const makeClaim = (s: ClaimSuggestion) =>
    act(s.start, async () => {
      const created = await api<{ id: string }>(`/api/workspaces/${workspaceId}/claims`, {
        body: { text: s.sentence, type: "premise", anchor: { sourceId, revisionId: data!.revisionId, start: s.start, end: s.end, exact: s.sentence } },
      });
      setMade({ id: created.id, sentence: s.sentence });
      setShown(null);
      onClaimMade(created.id);
    });

  const dismiss = (s: ClaimSuggestion) =>
    act(s.start, async () => {
      await api(`${base}/dismissals`, { body: { revisionId: data!.revisionId, start: s.start, end: s.end, exact: s.sentence } });
      setShown(null);
    });

  const restore = (id: string) => act(id, () => api(`${base}/dismissals/${id}`, { method: "DELETE" }).then(() => undefined));

  return (
    <section className="suggestions" id="claim-suggestions" aria-labelledby="suggestions-title" data-testid="suggestions">
      <div className="suggestions-head">
        <h2 id="suggestions-title" ref={headingRef} tabIndex={-1}>Suggested claims</h2>
        <button type="button" className="btn btn-ghost btn-sm" onClick={onClose} aria-label="Close suggestions">
          ✕
        </button>
      </div>
      <p className="faint suggestions-intro">
        Sentences that read like a thesis or a conclusion, found by where they stand, their wording and how central they are to the text. Choose one to see it in the text.
      </p>
      {error && (
        <div className="alert alert-error" role="alert">
          {error}
        </div>
      )}
      <div role="status" className="suggestions-status">
        {made && (
          <span>
            Made a claim of “{made.sentence.length > 70 ? `${made.sentence.slice(0, 69)}…` : made.sentence}”.{" "}
            <Link href={`/w/${workspaceId}/map?claim=${made.id}`}>Show on the map →</Link>
          </span>
        )}
      </div>
      {!data && !error && <p className="faint">Reading the text…</p>}
      {data && data.suggestions.length === 0 && <p className="faint">No more suggestions: every likely claim is claimed or dismissed.</p>}
      {data && data.suggestions.length > 0 && (
        <ol className="suggestion-list">
          {data.suggestions.map((s) => (
            <li key={`${s.start}-${s.end}`} className={`suggestion${shown === s.start ? " active" : ""}`} data-testid="suggestion">
              <button
                type="button"
                className="suggestion-text"
                aria-current={shown === s.start ? "true" : undefined}
                onClick={() => {
                  setShown(s.start);
                  onShow({ start: s.start, end: s.end });
                }}
              >
                <span className="ctx">{s.before}</span>
                <mark>{s.sentence}</mark>
                <span className="ctx">{s.after}</span>
              </button>
              <p className="suggestion-reasons" aria-label="Why it is suggested">
                {s.reasons.length > 0 ? s.reasons.join(" · ") : "claim-like sentence"}
              </p>
              {canEdit && (
                <div className="suggestion-actions">
                  <button type="button" className="btn btn-sm btn-primary" disabled={busy !== null} onClick={() => makeClaim(s)}>
                    Make claim
                  </button>
                  <button type="button" className="btn btn-sm" disabled={busy !== null} onClick={() => dismiss(s)}>
                    Dismiss
                  </button>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      {data && data.dismissed.length > 0 && (
        <details className="suggestions-dismissed">
          <summary>Dismissed ({data.dismissed.length})</summary>
          <ul>
            {data.dismissed.map((d) => (
              <li key={d.id} data-testid="dismissed-suggestion">
                <p>{d.sentence}</p>
                <p className="faint">
                  Dismissed by {d.dismissedBy}, {new Date(d.dismissedAt).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" })}
                </p>
                {canEdit && (
                  <button type="button" className="btn btn-sm" disabled={busy !== null} onClick={() => restore(d.id)}>
                    Restore
                  </button>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
