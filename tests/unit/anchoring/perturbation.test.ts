import fs from "node:fs";
import path from "node:path";
import { anchor, describeRange, textSimilarity, type AnchorResult } from "@/lib/anchoring";
import { applyEdits, randomInt, seededRandom, type Edit } from "./revision";

/**
 * Re-anchoring under realistic revisions of the real source texts: spans of
 * 5–40 words are described on an "old" version, the text is revised
 * (paragraphs inserted, deleted and moved, typos fixed inside some quotes,
 * whitespace and line-end hyphenation changed), and every span is re-anchored
 * in the new version and compared with where the revision really put it.
 */
const CORPUS_DIR = path.resolve(__dirname, "../../../../shared/corpus");
const TOTAL_SPANS = 200;
const SEED = 20240611;
/** Fuzzy results may miss the true boundaries by this many characters (a space or a punctuation mark). */
const BOUNDARY_TOLERANCE = 2;

const corpusFiles = fs.existsSync(CORPUS_DIR)
  ? fs.readdirSync(CORPUS_DIR).filter((f) => f.endsWith(".txt")).sort()
  : [];
if (corpusFiles.length === 0) {
  console.warn(`anchoring perturbation test skipped: no corpus texts in ${CORPUS_DIR}`);
}
const describeCorpus = corpusFiles.length > 0 ? describe : describe.skip;

interface Span {
  start: number;
  end: number;
}

interface Outcome {
  file: string;
  span: Span;
  expected: Span | null;
  result: AnchorResult;
  /** Text at the result in the new version (null when orphaned). */
  found: string | null;
  /** The quote as described on the old version. */
  quote: string;
  typo: boolean;
}

describeCorpus("re-anchoring the corpus after realistic revisions", () => {
  const outcomes: Outcome[] = [];
  const random = seededRandom(SEED);
  const perFile = Math.ceil(TOTAL_SPANS / corpusFiles.length);

  beforeAll(() => {
    const started = performance.now();
    for (const file of corpusFiles) {
      const base = fs.readFileSync(path.join(CORPUS_DIR, file), "utf8");
      outcomes.push(...perturbAndReanchor(file, base, perFile, random));
    }
    const elapsed = Math.round(performance.now() - started);
    console.log(`anchoring perturbation: generated and re-anchored ${outcomes.length} spans in ${elapsed} ms`);
  });

  it("lands at least 99% of surviving passages on the right words, and never says exact at the wrong place", () => {
    const surviving = outcomes.filter((o) => o.expected !== null);
    const right = surviving.filter((o) => landedRight(o));
    const exactWrong = surviving.filter((o) => o.result.status === "exact" && !sameSpan(o.result, o.expected!));
    const byStatus = countBy(surviving, (o) => o.result.status);
    const fuzzy = surviving.filter((o) => o.result.status === "fuzzy");
    const fuzzyExact = fuzzy.filter((o) => sameSpan(o.result, o.expected!)).length;
    const typoRight = surviving.filter((o) => o.typo && landedRight(o)).length;
    const typoTotal = surviving.filter((o) => o.typo).length;
    const deleted = outcomes.filter((o) => o.expected === null);
    const deletedPlaced = deleted.filter((o) => o.result.status !== "orphaned");
    console.log(
      [
        `anchoring perturbation: ${right.length}/${surviving.length} surviving spans on the right words ` +
          `(${((100 * right.length) / surviving.length).toFixed(1)}%)`,
        `  statuses: ${JSON.stringify(byStatus)}; typo-fixed quotes right: ${typoRight}/${typoTotal}; ` +
          `fuzzy results at exactly the true offsets: ${fuzzyExact}/${fuzzy.length}`,
        `  exact at wrong place: ${exactWrong.length}`,
        `  deleted spans: ${deleted.length}, placed anyway: ${deletedPlaced.length} ` +
          `(${deletedPlaced.filter((o) => o.result.status === "exact").length} exact at a verbatim copy)`,
      ].join("\n"),
    );
    const misses = surviving.filter((o) => !landedRight(o));
    if (misses.length > 0) {
      const lines = misses.map((m) => `  ${m.file} ${JSON.stringify(m.quote)} -> ${m.result.status} ${JSON.stringify(m.found)}`);
      console.log(`misses:\n${lines.join("\n")}`);
    }
    expect(surviving.length).toBeGreaterThanOrEqual(TOTAL_SPANS * 0.8);
    expect(right.length / surviving.length).toBeGreaterThanOrEqual(0.99);
    expect(exactWrong).toEqual([]);
  });

  it("orphans deleted passages, unless a copy of the same words survives elsewhere", () => {
    const deleted = outcomes.filter((o) => o.expected === null);
    expect(deleted.length).toBeGreaterThan(0);
    // The corpus quotes itself (an abstract repeats the body, a study text ends
    // with the passage it discussed), so a copy may legitimately take over.
    const placedOnOtherWords = deleted.filter((o) => o.found !== null && textSimilarity(o.found, o.quote) < 0.9);
    expect(placedOnOtherWords).toEqual([]);
  });
});

function landedRight(o: Outcome): boolean {
  const { result, expected } = o;
  if (expected === null || result.status === "orphaned") return false;
  if (result.status === "exact") return sameSpan(result, expected);
  return (
    Math.abs(result.start - expected.start) <= BOUNDARY_TOLERANCE &&
    Math.abs(result.end - expected.end) <= BOUNDARY_TOLERANCE
  );
}

function sameSpan(a: { start: number | null; end: number | null }, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}

function countBy<T>(items: T[], key: (t: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

// ---------------------------------------------------------------------------
// The revision generator.

const INSERTED_PARAGRAPHS = 3;
const DELETED_PARAGRAPHS = 3;
const MOVED_PARAGRAPHS = 3;
const WHITESPACE_CHANGES = 24;
const HYPHENATION_CHANGES = 6;
const TYPO_SHARE = 0.25;
/** Share of spans with a word replaced just outside them (their recorded context goes stale). */
const CONTEXT_EDIT_SHARE = 0.2;
/** Spans per file whose whole paragraph is deleted: orphaned, unless a copy of their words survives elsewhere. */
const DELETED_PASSAGES = 2;

function perturbAndReanchor(file: string, base: string, count: number, random: () => number): Outcome[] {
  const words = [...base.matchAll(/\S+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const spans: Span[] = [];
  while (spans.length < count) {
    const first = randomInt(random, 0, words.length - 41);
    const n = randomInt(random, 5, 40);
    spans.push({ start: words[first]!.start, end: words[first + n - 1]!.end });
  }

  const edits: Edit[] = [];
  const taken: Span[] = [];
  // Edits must not overlap each other (an insertion is the empty range at its point).
  const free = (from: number, to: number) =>
    !taken.some((t) =>
      from === to
        ? (t.start < from && from < t.end) || (t.start === t.end && t.start === from)
        : from < t.end && t.start < to,
    );
  // Small edits may fall strictly inside a span or outside it, never across its edge.
  const notAcrossSpanEdges = (from: number, to: number) =>
    spans.every((s) => {
      if (from === to) return !(s.start < from && from < s.end);
      const outside = to <= s.start || from >= s.end;
      const strictlyInside = s.start < from && to < s.end;
      const around = from <= s.start && s.end <= to;
      return outside || strictlyInside || around;
    });
  // Whole paragraphs are deleted or moved only if no span starts or ends inside them.
  const wholeParagraphOk = (from: number, to: number) =>
    spans.every((s) => to <= s.start || from >= s.end || (from <= s.start && s.end <= to));
  const claim = (e: Edit, ...ranges: Span[]) => {
    edits.push(e);
    taken.push(...ranges);
  };

  // The old text carries typos inside some quotes; the revision fixes them.
  // Substitutions keep offsets, so spans found on `base` are valid on `old`.
  const oldChars = base.split("");
  const typoSpans = new Set<number>();
  spans.forEach((span, i) => {
    if (random() >= TYPO_SHARE) return;
    for (let attempt = 0; attempt < 20; attempt++) {
      const at = randomInt(random, span.start + 1, span.end - 2);
      if (!/[a-z]/.test(base[at]!) || !/[a-z]/.test(base[at - 1]!) || !free(at, at + 1)) continue;
      let typo = base[at]!;
      while (typo === base[at]) typo = String.fromCharCode(97 + randomInt(random, 0, 25));
      oldChars[at] = typo;
      claim({ from: at, to: at + 1, insert: base[at]! }, { start: at, end: at + 1 });
      typoSpans.add(i);
      break;
    }
  });
  const old = oldChars.join("");

  const paragraphs = [...old.matchAll(/[^\n]+\n*/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const pickParagraph = () => paragraphs[randomInt(random, 1, paragraphs.length - 2)]!;

  for (let i = 0; i < INSERTED_PARAGRAPHS; i++) {
    const at = pickParagraph().start;
    if (!free(at, at) || !notAcrossSpanEdges(at, at)) continue;
    const fresh = Array.from({ length: randomInt(random, 20, 60) }, () => {
      const w = words[randomInt(random, 0, words.length - 1)]!;
      return old.slice(w.start, w.end);
    }).join(" ");
    claim({ from: at, to: at, insert: `${fresh}\n\n` }, { start: at, end: at });
  }
  for (let i = 0; i < DELETED_PARAGRAPHS; i++) {
    const p = pickParagraph();
    if (!free(p.start, p.end) || !wholeParagraphOk(p.start, p.end)) continue;
    claim({ from: p.start, to: p.end, insert: "" }, p);
  }
  for (let i = 0, tries = 0; i < DELETED_PASSAGES && tries < 200; tries++) {
    const span = spans[randomInt(random, 0, spans.length - 1)]!;
    const p = paragraphs.find((q) => q.start <= span.start && span.end <= q.end);
    if (!p || !free(p.start, p.end) || !wholeParagraphOk(p.start, p.end)) continue;
    claim({ from: p.start, to: p.end, insert: "" }, p);
    i++;
  }
  for (let i = 0; i < MOVED_PARAGRAPHS; i++) {
    const p = pickParagraph();
    const to = pickParagraph().start;
    if (to >= p.start && to <= p.end) continue;
    if (!free(p.start, p.end) || !free(to, to)) continue;
    if (!wholeParagraphOk(p.start, p.end) || !notAcrossSpanEdges(to, to)) continue;
    claim({ from: p.start, to: p.end, insert: "" }, p);
    claim({ from: to, to, insert: { moveFrom: p.start, moveTo: p.end } }, { start: to, end: to });
  }

  // Whitespace: re-flow a line break into a space, or break a line at a space;
  // half of them inside quoted spans.
  for (let i = 0; i < WHITESPACE_CHANGES; i++) {
    const inside = i % 2 === 0 ? spans[randomInt(random, 0, spans.length - 1)]! : null;
    const lo = inside ? inside.start + 1 : 1;
    const hi = inside ? inside.end - 2 : old.length - 2;
    for (let attempt = 0; attempt < 20; attempt++) {
      const at = randomInt(random, lo, hi);
      const run = /^\s+/.exec(old.slice(at))?.[0] ?? "";
      if (run.length === 0 || /\s/.test(old[at - 1]!)) continue;
      const from = at;
      const to = at + run.length;
      if (!free(from, to) || !notAcrossSpanEdges(from, to)) continue;
      claim({ from, to, insert: run.includes("\n") ? " " : "\n" }, { start: from, end: to });
      break;
    }
  }
  // Line-end hyphenation inside quoted words, as a re-extracted PDF produces.
  for (let i = 0; i < HYPHENATION_CHANGES; i++) {
    const inside = spans[randomInt(random, 0, spans.length - 1)]!;
    for (let attempt = 0; attempt < 20; attempt++) {
      const at = randomInt(random, inside.start + 3, inside.end - 4);
      if (!/^[a-z]{3}$/.test(old.slice(at - 3, at)) || !/^[a-z]{3}/.test(old.slice(at)) || !free(at, at)) continue;
      if (!notAcrossSpanEdges(at, at)) continue;
      claim({ from: at, to: at, insert: "-\n" }, { start: at, end: at });
      break;
    }
  }

  // A word just outside some spans is rewritten, as an editor tightening the
  // sentence around a quotation would.
  for (const span of spans) {
    if (random() >= CONTEXT_EDIT_SHARE) continue;
    const before = random() < 0.5;
    const near = words.filter((w) =>
      before ? w.end <= span.start && w.start >= span.start - 24 : w.start >= span.end && w.end <= span.end + 24,
    );
    const target = near[randomInt(random, 0, near.length - 1)];
    if (!target || !free(target.start, target.end) || !notAcrossSpanEdges(target.start, target.end)) continue;
    const replacement = words[randomInt(random, 0, words.length - 1)]!;
    claim({ from: target.start, to: target.end, insert: old.slice(replacement.start, replacement.end) }, target);
  }

  const revision = applyEdits(old, edits);
  return spans.map((span, i) => {
    const selectors = describeRange(old, span.start, span.end);
    const result = anchor(revision.text, selectors);
    const found = result.status === "orphaned" ? null : revision.text.slice(result.start, result.end);
    const expected = revision.mapSpan(span.start, span.end);
    return { file, span, expected, result, found, quote: selectors.quote.exact, typo: typoSpans.has(i) };
  });
}
