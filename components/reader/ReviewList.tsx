"use client";

import { useState } from "react";
import { api } from "@/components/ui/api";
import type { ReaderSource, ReviewItem } from "@/lib/server/services/sources/get-source";

/**
 * Passages a revision could not place (orphaned) or moved to different words with a middling score:
 * each with its claim and old quote, to re-attach by selecting words, or to confirm.
 */
export function ReviewList({
  source,
  canEdit,
  reattaching,
  onReattach,
  onCancel,
  onShow,
  onChanged,
}: {
  source: ReaderSource;
  canEdit: boolean;
  reattaching: string | null;
  onReattach: (item: ReviewItem) => void;
  onCancel: () => void;
  onShow: (claimId: string) => void;
  onChanged: () => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  async function confirm(item: ReviewItem) {
    setBusy(item.anchorId);
    setError(null);
    try {
      await api(`/api/workspaces/${source.workspaceId}/anchors/${item.anchorId}`, { method: "PATCH", body: { version: item.version, confirm: true } });
      onChanged();
    } catch (e) {
      setError(e instanceof Error ? e.message : "It could not be confirmed.");
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="review-list" aria-labelledby="review-title" data-testid="review-list">
      <h2 id="review-title">Needs review ({source.review.length})</h2>
      <p className="faint review-intro">A revision of the text lost or moved these passages. Nothing was deleted.</p>
      {error && (
        <div className="alert alert-error" role="alert">
          {error}
        </div>
      )}
      <ul>
        {source.review.map((item) => (
          <li key={item.anchorId} className={`review-item${reattaching === item.anchorId ? " active" : ""}`} data-testid="review-item">
            <span className={`badge review-${item.status}`}>{item.status === "orphaned" ? "Not found" : `Moved · ${Math.round(item.score * 100)}% match`}</span>
            <p className="review-claim">{item.claim ? item.claim.text : `Evidence${item.evidenceFor ? ` for “${item.evidenceFor}”` : ""}`}</p>
            {item.status === "orphaned" ? (
              <blockquote className="quote review-quote">
                <span className="sr-only">Old quote, revision {item.revisionNumber}: </span>
                {item.exact}
                <span className="review-where">revision {item.revisionNumber}</span>
              </blockquote>
            ) : (
              <>
                <blockquote className="quote review-quote">
                  <span className="review-label">Was</span> {item.previousExact ?? item.exact}
                </blockquote>
                <blockquote className="quote review-quote">
                  <span className="review-label">Now</span> {item.exact}
                </blockquote>
              </>
            )}
            {canEdit && (
              <div className="review-actions">
                {reattaching === item.anchorId ? (
                  <button type="button" className="btn btn-sm" onClick={onCancel}>
                    Cancel re-attaching
                  </button>
                ) : (
                  <button type="button" className="btn btn-sm" onClick={() => onReattach(item)}>
                    Re-attach…
                  </button>
                )}
                {item.status === "fuzzy" && (
                  <button type="button" className="btn btn-sm" disabled={busy === item.anchorId} onClick={() => confirm(item)}>
                    Confirm
                  </button>
                )}
                {item.status === "fuzzy" && item.claim && (
                  <button type="button" className="btn btn-ghost btn-sm" onClick={() => onShow(item.claim!.id)}>
                    Show
                  </button>
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
