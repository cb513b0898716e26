/**
 * Which existing claims look like the same proposition as new words: TF-IDF cosine over stemmed
 * content words (the same `terms` as LexRank), with the IDF taken over the workspace's claims plus the
 * new text. Rare shared words ("Stalin", "co-optation") count for much more than words every claim
 * uses ("China", "masses"), which is what separates a paraphrase from a claim on the same topic.
 */
import { terms } from "./centrality";

export interface ClaimText {
  id: string;
  text: string;
}

export interface EquivalentCandidate {
  id: string;
  /** Cosine similarity, 0..1. */
  score: number;
  /** The stems both texts share, rarest first: the reason shown beside a suggestion. */
  shared: string[];
}

/** A suggestion as the API sends it: the claim, its score and shared words, and whose words it is. */
export interface EquivalentSuggestion extends EquivalentCandidate {
  text: string;
  source: { author: string; title: string; year: number | null } | null;
  /** The claim's current proposition, if it has one: joining it joins that whole group. */
  equivalenceGroupId: string | null;
}

export interface EquivalentOptions {
  limit?: number;
  /** Below this a pair shares only a topic word or two; found by hand on the corpus map's pairs. */
  minScore?: number;
}

export const DEFAULT_MIN_SCORE = 0.18;

function counts(words: readonly string[]): Map<string, number> {
  const tally = new Map<string, number>();
  for (const w of words) tally.set(w, (tally.get(w) ?? 0) + 1);
  return tally;
}

/** Existing claims ranked by how much they say the same as `text`, best first, above `minScore`. */
export function rankEquivalentClaims(text: string, claims: readonly ClaimText[], options: EquivalentOptions = {}): EquivalentCandidate[] {
  const limit = options.limit ?? 5;
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const query = counts(terms(text));
  if (query.size === 0) return [];
  const documents = claims.map((c) => ({ id: c.id, tf: counts(terms(c.text)) }));
  const documentFrequency = new Map<string, number>();
  for (const doc of [...documents.map((d) => d.tf), query]) for (const term of doc.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const total = documents.length + 1;
  // Smoothed IDF (+1), so a word in every claim still counts a little rather than not at all.
  const idf = (term: string) => Math.log((total + 1) / ((documentFrequency.get(term) ?? 0) + 1)) + 1;
  const weigh = (tf: Map<string, number>) => {
    const vector = new Map<string, number>();
    let norm = 0;
    for (const [term, n] of tf) {
      const w = (1 + Math.log(n)) * idf(term);
      vector.set(term, w);
      norm += w * w;
    }
    return { vector, norm: Math.sqrt(norm) };
  };
  const q = weigh(query);
  const ranked: EquivalentCandidate[] = [];
  for (const doc of documents) {
    if (doc.tf.size === 0) continue;
    const d = weigh(doc.tf);
    let dot = 0;
    const shared: string[] = [];
    for (const [term, w] of q.vector) {
      const other = d.vector.get(term);
      if (other === undefined) continue;
      dot += w * other;
      shared.push(term);
    }
    const score = dot / (q.norm * d.norm);
    if (score >= minScore) ranked.push({ id: doc.id, score, shared: shared.sort((a, b) => idf(b) - idf(a) || a.localeCompare(b)) });
  }
  return ranked.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, limit);
}
