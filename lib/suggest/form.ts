/**
 * Does a sentence have the form of a claim? A claim asserts: it has a finite verb, is long enough to
 * say something and short enough to be one statement, is not a question, and is in the author's own
 * words rather than a quotation of someone else's.
 */

export const WORD_BOUNDS = { min: 8, max: 60 } as const;

// Forms that are finite in almost every use; "-ed" and "-s" endings catch most of the rest.
const FINITE = /\b(?:is|are|was|were|am|has|have|had|does|do|did|can|could|must|should|would|will|shall|may|might|cannot|isn't|aren't|wasn't|weren't|doesn't|don't|didn't|won't|can't|held|made|became|becomes|took|gave|led|saw|came|went|left|began|brought|thought|found|kept|lost|won|fell|rose|grew|knew|meant|stood|paid|sent|built|felt|got|ran|lay|sought|taught|fought|spoke|wrote|chose|drew|bore|broke|seems|seemed|remains|remained|means|lies|needs|depends|exists)\b/i;
// "I argue", "we need": after a first- or second-person pronoun the next word is the verb.
const PRONOUN_VERB = /\b(?:I|we|they|you)\s+(?:also\s+|now\s+|then\s+)?\p{Ll}{2,}\b|\b(?:he|she|it|this|that|which|who)\s+\p{Ll}+(?:ed|s)\b/u;
// A word followed by a past or present tense in -ed/-ates/-izes: "Shanghai changed", "policy mandated".
const NOUN_VERB = /\b(?!(?:the|a|an|and|for|from|with|into|that|this|its|their|our|his|her|of|to|in|on|by|well|newly|highly|so)\b)\p{L}{3,}\s+\p{Ll}{3,}(?:ed|ates|izes|ises)\b/u;
const REPORTED_SPEECH = /\b(?:said|says|wrote|writes|declared|stated|remarked|put it|according to|in the words of|as \p{Lu}\p{L}+ (?:put|wrote|said))\b/iu;
// Another writer's view reported: "He attributes …", "Schurmann argues …", "According to Deng, …".
const REPORTED_VIEW = /^(?:(?:He|She|They)|\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)\s+(?:also\s+|further\s+)?(?:argues|argued|claims|claimed|contends|contended|attributes|attributed|writes|wrote|notes|noted|suggests|suggested|believes|believed|maintains|maintained|asserts|asserted|states|stated|observes|observed|says|said|insists|insisted)\b|^according to\b/iu;
// Sentences that point elsewhere in the text or its apparatus rather than assert something.
const META = /^(?:see |cf\.|for (?:a|an|more|further) |in (?:chapter|section|the next|the following|table|figure)|table \d|figure \d|chapter \d|this chapter (?:will|examines|describes|looks)|the (?:next|following|first|second|third) (?:chapter|section)|as (?:noted|mentioned|discussed) (?:above|below|earlier))/i;

export interface FormVerdict {
  ok: boolean;
  words: number;
  /** Why it is not claim-like, when it is not. */
  reason?: "too short" | "too long" | "question" | "fragment" | "no finite verb" | "quotation" | "reference";
  /** Share of its characters inside quotation marks. */
  quotedShare: number;
}

export function countWords(sentence: string): number {
  return sentence.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

/** Share of characters between double quotation marks (straight or curly). */
export function quotedShare(sentence: string): number {
  let inside = 0;
  let open = false;
  for (const ch of sentence) {
    if (ch === "“" || ch === "«") open = true;
    else if (ch === "”" || ch === "»") open = false;
    else if (ch === '"') open = !open;
    else if (open) inside++;
  }
  return sentence.length === 0 ? 0 : inside / sentence.length;
}

export function claimForm(sentence: string): FormVerdict {
  const words = countWords(sentence);
  const quoted = quotedShare(sentence);
  const verdict = (reason?: FormVerdict["reason"]): FormVerdict => ({ ok: reason === undefined, words, quotedShare: quoted, ...(reason ? { reason } : {}) });
  if (words < WORD_BOUNDS.min) return verdict("too short");
  if (words > WORD_BOUNDS.max) return verdict("too long");
  if (/\?["'”’)\]]*(?:\s*\[?\d{0,3}\]?)$/.test(sentence.trim())) return verdict("question");
  if (META.test(sentence.trim())) return verdict("reference");
  // A list item or a piece cut off by the extraction: ends in a semicolon or colon, or starts in lower case.
  if (/[;:,]$/.test(sentence.trim()) || /^[\p{Ll}]/u.test(sentence.trim())) return verdict("fragment");
  // Mostly someone else's words: a block quotation, or a sentence reporting what another said.
  if (quoted > 0.5 || (quoted > 0.25 && REPORTED_SPEECH.test(sentence)) || REPORTED_VIEW.test(sentence.trim())) return verdict("quotation");
  if (!FINITE.test(sentence) && !PRONOUN_VERB.test(sentence) && !NOUN_VERB.test(sentence)) return verdict("no finite verb");
  return verdict();
}
