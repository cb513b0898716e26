/**
 * All start offsets of `exact` in `text`, ascending, including overlapping
 * occurrences ("aa" in "aaa" gives [0, 1]) so that no candidate is hidden from
 * the context comparison. Returns [] for an empty `exact`.
 *
 * `limit` stops the scan early once that many occurrences are found; callers
 * use it to give up on needles too common to be informative.
 */
export function findAllOccurrences(text: string, exact: string, limit: number = Infinity): number[] {
  const found: number[] = [];
  if (exact.length === 0) return found;
  let at = text.indexOf(exact);
  while (at !== -1 && found.length < limit) {
    found.push(at);
    at = text.indexOf(exact, at + 1);
  }
  return found;
}

/**
 * Occurrences of `exact` in `text` up to the form of its whitespace: every run
 * of whitespace in `exact` matches any non-empty run of whitespace in the text
 * ("the working\n\nclass" matches "the working class"), nothing else varies.
 * Spans are returned ascending, overlapping ones included, at most `limit` of
 * them; a verbatim occurrence is always reported with exactly the quote's
 * extent. Returns [] for an empty `exact`.
 *
 * Re-extracting a PDF or re-flowing a text moves line breaks without changing
 * a word; this finds such passages with one regular-expression scan instead of
 * a fuzzy search.
 */
export function findWhitespaceVariants(
  text: string,
  exact: string,
  limit: number = Infinity,
): Array<{ start: number; end: number }> {
  if (exact.length === 0) return [];
  if (!/\s/.test(exact)) return findAllOccurrences(text, exact, limit).map((start) => ({ start, end: start + exact.length }));
  const pattern = new RegExp(exact.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+"), "g");
  const found: Array<{ start: number; end: number }> = [];
  let match: RegExpExecArray | null;
  while (found.length < limit && (match = pattern.exec(text)) !== null) {
    const start = match.index;
    // \s+ is greedy: where the quote ends (or starts) with whitespace, a
    // verbatim occurrence followed by more whitespace would otherwise be
    // reported with the extra whitespace and no longer look verbatim.
    const end = text.startsWith(exact, start) ? start + exact.length : start + match[0].length;
    found.push({ start, end });
    pattern.lastIndex = start + 1;
  }
  return found;
}
