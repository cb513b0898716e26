import { DEFAULT_CONTEXT_LENGTH, type AnchorSelectors } from "./types";

/**
 * Builds the selectors for `text.slice(start, end)`: the exact words, up to
 * `contextLength` characters of context on each side, and the offsets.
 *
 * Context is trimmed so that it never starts or ends in the middle of a
 * surrogate pair; a lone half would compare unequal to the same text later and
 * make an unchanged passage look edited.
 *
 * @throws RangeError when the span is empty (`start >= end`), not made of
 *   integers, or outside `[0, text.length]`, or when `contextLength` is not a
 *   non-negative integer.
 */
export function describeRange(
  text: string,
  start: number,
  end: number,
  contextLength: number = DEFAULT_CONTEXT_LENGTH,
): AnchorSelectors {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new RangeError(`describeRange: offsets must be integers (got ${start}..${end})`);
  }
  if (start < 0 || end > text.length) {
    throw new RangeError(`describeRange: span ${start}..${end} lies outside the text (length ${text.length})`);
  }
  if (start >= end) {
    throw new RangeError(`describeRange: span ${start}..${end} is empty`);
  }
  if (!Number.isInteger(contextLength) || contextLength < 0) {
    throw new RangeError(`describeRange: contextLength must be a non-negative integer (got ${contextLength})`);
  }

  let prefixStart = Math.max(0, start - contextLength);
  if (prefixStart > 0 && prefixStart < start && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart += 1;
  let suffixEnd = Math.min(text.length, end + contextLength);
  if (suffixEnd < text.length && suffixEnd > end && isHighSurrogate(text.charCodeAt(suffixEnd - 1))) suffixEnd -= 1;

  return {
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    position: { start, end },
  };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
