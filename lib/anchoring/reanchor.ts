import { anchor } from "./anchor";
import type { AnchorOptions, AnchorResult, AnchorSelectors } from "./types";

/**
 * An anchor as stored and as exchanged with the `reanchor` CLI: the flat form
 * of `AnchorSelectors` plus the claim anchor's id.
 */
export interface StoredAnchor {
  id: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

/** One output line of the `reanchor` CLI: `{ id, status, start, end, score }`. */
export type ReanchorRecord = { id: string } & AnchorResult;

/** The selectors held in a stored anchor. */
export function selectorsOf(stored: Omit<StoredAnchor, "id">): AnchorSelectors {
  return {
    quote: { exact: stored.exact, prefix: stored.prefix, suffix: stored.suffix },
    position: { start: stored.start, end: stored.end },
  };
}

/** The stored (flat) form of selectors, for persisting under `id`. */
export function toStoredAnchor(id: string, selectors: AnchorSelectors): StoredAnchor {
  return { id, ...selectors.quote, ...selectors.position };
}

/**
 * Re-anchors each stored anchor in `text` (see `anchor`), keeping input order.
 * Never throws for a malformed position; such anchors are found by quote or orphaned.
 */
export function reanchorAll(text: string, anchors: readonly StoredAnchor[], options?: AnchorOptions): ReanchorRecord[] {
  return anchors.map((a) => ({ id: a.id, ...anchor(text, selectorsOf(a), options) }));
}
