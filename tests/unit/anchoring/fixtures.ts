/**
 * Fixture prose written for these tests. The refrain "Nobody in the town
 * remembers the storm as it was" appears in the first two paragraphs with
 * different surroundings, to exercise disambiguation by context.
 */
export const HARBOUR =
  "The harbour woke before the town did. Gulls argued over the nets, and the ferryman, who had not slept, " +
  "counted the lanterns along the quay as if one of them might have slipped away in the night. " +
  "Nobody in the town remembers the storm as it was; each of us remembers the storm as we needed it to be.";

export const ORCHARD =
  "In the orchard the old debate resumed. My aunt held that a tree owes its fruit to the soil, my uncle that " +
  "it owes everything to the pruning knife, and neither would concede an inch while the apples fell unremarked " +
  "between them. Nobody in the town remembers the storm as it was, he said, and nobody remembers the orchard either.";

export const LIBRARY =
  "At dusk the library kept its own counsel. The reading lamps made small islands of certainty in a sea of " +
  "unread pages, and the clerk moved between them like a pilot who trusts the charts only where the water is shallow.";

export const INSERTED_PARAGRAPH =
  "A note on the ferry timetable: the winter crossings were cancelled that year, and the summer ones ran late.";

export const PARAGRAPH_BREAK = "\n\n";

/** The three paragraphs in order, separated by blank lines. */
export const STORY = [HARBOUR, ORCHARD, LIBRARY].join(PARAGRAPH_BREAK);

/** A phrase that occurs twice in STORY, once per paragraph of HARBOUR and ORCHARD. */
export const REFRAIN = "Nobody in the town remembers the storm as it was";

/** Offsets of `phrase` in `text`, failing loudly if it is not there exactly once (tests rely on it). */
export function spanOf(text: string, phrase: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(phrase, from);
  if (start < 0) throw new Error(`fixture phrase not found: ${phrase}`);
  return { start, end: start + phrase.length };
}
