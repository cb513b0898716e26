import { lexRank } from "./centrality";
import { claimForm } from "./form";
import { findMarkers } from "./markers";
import { placeParagraphs, type SectionRole } from "./sections";
import { splitSentences, type TextSpan } from "./sentences";

/**
 * Ranked candidate claims for a text. A sentence must have the form of a claim (form.ts) to be a
 * candidate at all; its score is then the sum of named feature weights, so every point of a score can
 * be told to the user as a reason:
 *   where it is (abstract, introduction, conclusion by heading; opening or closing tenth otherwise;
 *   first or last sentence of its paragraph), the discourse markers it has (markers.ts), and how
 *   central it is (LexRank, centrality.ts). Sentences overlapping an existing claim's anchor are left
 *   out, as are sentences the group dismissed.
 */

/** The weights are on one scale: a committing marker ("I argue") is worth about a conclusion section. */
export const FEATURE_WEIGHTS = {
  section: { abstract: 2.5, introduction: 1.5, conclusion: 2.5 } satisfies Record<SectionRole, number>,
  opening: 0.75,
  closing: 1.25,
  // Authors put a paragraph's point in its first or last sentence.
  paragraphEdge: 0.5,
  // Full weight for the most central sentence; a sentence needs CENTRAL_SHARE of it to be called central.
  centrality: 2.5,
  // Several markers in one sentence add up, but with diminishing returns beyond the strongest two.
  extraMarkerFactor: 0.5,
} as const;
const CENTRAL_SHARE = 0.5;
// Beyond this many suggestions from one paragraph the rest are passed over: a list of ten sentences
// from one rich paragraph is less useful than ten across the text.
const PER_PARAGRAPH = 2;

export interface SuggestInput {
  text: string;
  paragraphs: readonly { start: number; end: number; kind: string; level?: number }[];
  /** Passages already anchored to claims. */
  claimed?: readonly TextSpan[];
  /** Sentences the group dismissed, by their words (so a dismissal survives a revision). */
  dismissed?: ReadonlySet<string>;
  limit?: number;
}

export interface SuggestedClaim {
  start: number;
  end: number;
  sentence: string;
  score: number;
  /** Short phrases saying why, strongest first: "conclusion section", "“therefore”", "central". */
  reasons: string[];
  /** The paragraph it is in (index into the paragraphs given). */
  paragraph: number;
}

/** The words of a sentence as compared for dismissals: case, spacing and quote styles do not matter. */
export function sentenceKey(sentence: string): string {
  return sentence.normalize("NFKC").replace(/[“”«»]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, " ").trim().toLowerCase();
}

function overlaps(span: TextSpan, spans: readonly TextSpan[]): boolean {
  return spans.some((s) => s.start < span.end && span.start < s.end);
}

/**
 * Every candidate sentence with its score and reasons, best first. This is the expensive part
 * (centrality) and depends on the text alone, so a caller may keep it per revision and apply
 * {@link selectSuggestions} for each request.
 */
export function rankCandidates(text: string, paragraphs: SuggestInput["paragraphs"]): SuggestedClaim[] {
  const sentences = splitSentences(text, paragraphs);
  const places = placeParagraphs(text, paragraphs);
  const words = sentences.map((s) => text.slice(s.start, s.end));
  // Centrality is computed over all sentences (a claim is central because of what surrounds it),
  // even the ones that cannot be suggested.
  const centrality = lexRank(words);

  const scored: SuggestedClaim[] = [];
  sentences.forEach((s, i) => {
    const sentence = words[i]!;
    if (!claimForm(sentence).ok) return;
    const reasons: { label: string; weight: number }[] = [];
    const place = places[s.paragraph]!;
    if (place.byHeading) reasons.push({ label: `${place.byHeading} section`, weight: FEATURE_WEIGHTS.section[place.byHeading] });
    else if (place.byPosition === "opening") reasons.push({ label: "opening of the text", weight: FEATURE_WEIGHTS.opening });
    else if (place.byPosition === "closing") reasons.push({ label: "close of the text", weight: FEATURE_WEIGHTS.closing });
    if (s.paragraphSentences > 1 && s.indexInParagraph === 0) reasons.push({ label: "opens its paragraph", weight: FEATURE_WEIGHTS.paragraphEdge });
    else if (s.paragraphSentences > 1 && s.indexInParagraph === s.paragraphSentences - 1) reasons.push({ label: "closes its paragraph", weight: FEATURE_WEIGHTS.paragraphEdge });
    const markers = findMarkers(sentence).sort((a, b) => b.weight - a.weight);
    markers.forEach((m, k) => reasons.push({ label: m.label, weight: k < 2 ? m.weight : m.weight * FEATURE_WEIGHTS.extraMarkerFactor }));
    const central = centrality[i]!;
    const centralWeight = FEATURE_WEIGHTS.centrality * central;
    if (central >= CENTRAL_SHARE) reasons.push({ label: central >= 0.85 ? "very central" : "central", weight: centralWeight });
    const score = reasons.reduce((sum, r) => sum + r.weight, 0) + (central < CENTRAL_SHARE ? centralWeight : 0);
    reasons.sort((a, b) => b.weight - a.weight);
    scored.push({ start: s.start, end: s.end, sentence, score: Math.round(score * 100) / 100, reasons: reasons.map((r) => r.label), paragraph: s.paragraph });
  });
  return scored.sort((a, b) => b.score - a.score || a.start - b.start);
}

/**
 * The best `limit` candidates that are not claimed or dismissed, at most two per paragraph and
 * no sentence twice.
 */
export function selectSuggestions(
  ranked: readonly SuggestedClaim[],
  options: { claimed?: readonly TextSpan[]; dismissed?: ReadonlySet<string>; limit?: number } = {},
): SuggestedClaim[] {
  const limit = options.limit ?? 10;
  const claimed = options.claimed ?? [];
  const dismissed = options.dismissed ?? new Set<string>();
  const perParagraph = new Map<number, number>();
  const seen = new Set<string>();
  const result: SuggestedClaim[] = [];
  for (const suggestion of ranked) {
    if (result.length >= limit) break;
    const key = sentenceKey(suggestion.sentence);
    const count = perParagraph.get(suggestion.paragraph) ?? 0;
    if (count >= PER_PARAGRAPH || seen.has(key) || dismissed.has(key) || overlaps(suggestion, claimed)) continue;
    perParagraph.set(suggestion.paragraph, count + 1);
    seen.add(key);
    result.push(suggestion);
  }
  return result;
}

export function suggestClaims(input: SuggestInput): SuggestedClaim[] {
  return selectSuggestions(rankCandidates(input.text, input.paragraphs), input);
}

/** A little of the text before and after a passage, cut at word boundaries, within its paragraph. */
export function passageContext(text: string, span: TextSpan, paragraph: TextSpan, chars = 100): { before: string; after: string } {
  let from = Math.max(paragraph.start, span.start - chars);
  if (from > paragraph.start) from = text.indexOf(" ", from) + 1 || from;
  let to = Math.min(paragraph.end, span.end + chars);
  if (to < paragraph.end) {
    const space = text.lastIndexOf(" ", to);
    if (space > span.end) to = space;
  }
  return {
    before: `${from > paragraph.start ? "…" : ""}${text.slice(from, span.start)}`,
    after: `${text.slice(span.end, to)}${to < paragraph.end ? "…" : ""}`,
  };
}
