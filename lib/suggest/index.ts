/**
 * Claim suggestions: the sentences of a text most likely to state a thesis or a conclusion, ranked,
 * each with its reasons in words. Pure functions; no model, nothing downloaded.
 */
export { suggestClaims, rankCandidates, selectSuggestions, sentenceKey, passageContext, FEATURE_WEIGHTS, type SuggestInput, type SuggestedClaim } from "./rank";
export { splitSentences, splitParagraph, type Sentence, type TextSpan } from "./sentences";
export { claimForm, countWords, quotedShare, WORD_BOUNDS, type FormVerdict } from "./form";
export { findMarkers, DISCOURSE_MARKERS, type DiscourseMarker, type MarkerHit } from "./markers";
export { placeParagraphs, headingRole, type ParagraphPlace, type SectionRole } from "./sections";
export { lexRank, terms } from "./centrality";
