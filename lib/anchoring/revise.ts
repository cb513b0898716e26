import { anchor } from "./anchor";
import { describeRange } from "./describe";
import { selectorsOf, type StoredAnchor } from "./reanchor";

/**
 * How a stored anchor stands towards the revision its source currently shows:
 * - `anchored`: at exactly its words (placed by the reader, re-anchored verbatim, or confirmed by a person);
 * - `fuzzy`: re-anchored to words that differ from its quote, waiting for a person to confirm;
 * - `orphaned`: no place in the text matched well enough; it keeps its old quote and revision.
 */
export type StoredAnchorStatus = "anchored" | "fuzzy" | "orphaned";

/** An anchor as the database holds it, with what re-anchoring needs to carry forward. */
export interface RevisableAnchor extends StoredAnchor {
  status: StoredAnchorStatus | string;
  score: number;
  previousExact: string | null;
}

/** What to write back for one anchor after its source was revised. */
export type AnchorRevision =
  | {
      id: string;
      status: "anchored" | "fuzzy";
      start: number;
      end: number;
      exact: string;
      prefix: string;
      suffix: string;
      score: number;
      /** The quote before it was moved to different words; null when the words are verbatim. */
      previousExact: string | null;
    }
  | { id: string; status: "orphaned"; score: number };

/**
 * Fuzzy anchors scoring below this are listed for review on the source page. Above it the words
 * differ only slightly (a fixed typo, a re-joined hyphen) and the context is intact.
 */
export const REVIEW_BELOW_SCORE = 0.9;

/** Whether a person should look at this anchor: orphaned, or fuzzy with a middling score. */
export function needsReview(status: string, score: number): boolean {
  return status === "orphaned" || (status === "fuzzy" && score < REVIEW_BELOW_SCORE);
}

/**
 * Re-anchors every anchor of a source in the text of its new revision (see `anchor`).
 *
 * Placed anchors get fresh quote selectors from the new text, so the next revision starts from what
 * the reader now shows. An anchor moved to different words remembers its earlier quote
 * (`previousExact`) and stays `fuzzy` until someone confirms it, even if a later revision places it
 * verbatim: nobody has checked those words yet. An orphaned anchor keeps its quote and offsets in
 * the revision it was last placed in (the caller leaves those untouched), so it can be tried again
 * against each later revision and shown for re-attaching with the words it used to have.
 */
export function reviseAnchors(newText: string, anchors: readonly RevisableAnchor[]): AnchorRevision[] {
  return anchors.map((stored): AnchorRevision => {
    const result = anchor(newText, selectorsOf(stored));
    if (result.status === "orphaned") return { id: stored.id, status: "orphaned", score: result.score };
    const { quote } = describeRange(newText, result.start, result.end);
    const unconfirmed = stored.status === "fuzzy";
    const moved = result.status === "fuzzy";
    const status = moved || unconfirmed ? "fuzzy" : "anchored";
    return {
      id: stored.id,
      status,
      start: result.start,
      end: result.end,
      ...quote,
      score: unconfirmed ? Math.min(stored.score, result.score) : result.score,
      previousExact: status === "fuzzy" ? (stored.previousExact ?? stored.exact) : null,
    };
  });
}

/** Counts for the report shown after a revision: how many anchors landed where. */
export interface RevisionAnchorCounts {
  exact: number;
  fuzzy: number;
  orphaned: number;
}

export function countRevisedAnchors(revisions: readonly AnchorRevision[]): RevisionAnchorCounts {
  const counts: RevisionAnchorCounts = { exact: 0, fuzzy: 0, orphaned: 0 };
  for (const r of revisions) counts[r.status === "anchored" ? "exact" : r.status] += 1;
  return counts;
}
