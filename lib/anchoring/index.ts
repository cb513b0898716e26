/**
 * Anchoring claims to the exact words of a source text, robust to revisions.
 * Pure functions, no I/O; see `anchor` for the re-anchoring contract.
 */
export {
  DEFAULT_CONTEXT_LENGTH,
  DEFAULT_MIN_FUZZY_SCORE,
  type AnchorOptions,
  type AnchorResult,
  type AnchorSelectors,
  type AnchorStatus,
  type TextPositionSelector,
  type TextQuoteSelector,
} from "./types";
export { describeRange } from "./describe";
export { findAllOccurrences } from "./occurrences";
export { locateQuote } from "./match-quote";
export { anchor } from "./anchor";
export { reanchorAll, selectorsOf, toStoredAnchor, type ReanchorRecord, type StoredAnchor } from "./reanchor";
export { textSimilarity } from "./similarity";
export {
  countRevisedAnchors,
  needsReview,
  reviseAnchors,
  REVIEW_BELOW_SCORE,
  type AnchorRevision,
  type RevisableAnchor,
  type RevisionAnchorCounts,
  type StoredAnchorStatus,
} from "./revise";
