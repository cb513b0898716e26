/**
 * Which part of the text a paragraph is in: abstract, introduction or conclusion, by the words of the
 * heading above it, or, in a text without such headings, by position (its first and last tenths).
 * Authors state their thesis in these places, so sentences there are more likely to be claims.
 */
export type SectionRole = "abstract" | "introduction" | "conclusion";

const HEADING_ROLES: readonly [RegExp, SectionRole][] = [
  [/\b(?:abstract|summary|synopsis|overview)\b/i, "abstract"],
  [/\b(?:introduction|introductory|preface|foreword|prologue)\b/i, "introduction"],
  [/\b(?:conclusions?|concluding|final (?:remarks|thoughts|word)|epilogue|afterword|lessons|what is to be done|summing up)\b/i, "conclusion"],
];

export interface ParagraphPlace {
  /** From the heading above it, if that heading names an abstract, introduction or conclusion. */
  byHeading: SectionRole | null;
  /** From where it lies in the running text: the first or last tenth, by characters. */
  byPosition: "opening" | "closing" | null;
}

const EDGE_SHARE = 0.1;

export function headingRole(heading: string): SectionRole | null {
  for (const [pattern, role] of HEADING_ROLES) if (pattern.test(heading)) return role;
  return null;
}

/** The place of every paragraph; headings and footnotes get one too but are never suggested. */
export function placeParagraphs(text: string, paragraphs: readonly { start: number; end: number; kind: string; level?: number }[]): ParagraphPlace[] {
  const body = paragraphs.filter((p) => p.kind === "paragraph");
  const total = body.reduce((n, p) => n + (p.end - p.start), 0);
  // Heading roles hold until the next heading of the same or a higher level (a lower level number).
  const stack: { level: number; role: SectionRole | null }[] = [];
  let seen = 0;
  return paragraphs.map((p) => {
    if (p.kind === "heading") {
      const level = p.level ?? 1;
      while (stack.length > 0 && stack[stack.length - 1]!.level >= level) stack.pop();
      stack.push({ level, role: headingRole(text.slice(p.start, p.end)) });
      return { byHeading: null, byPosition: null };
    }
    let byHeading: SectionRole | null = null;
    for (let i = stack.length - 1; i >= 0 && byHeading === null; i--) byHeading = stack[i]!.role;
    if (p.kind !== "paragraph") return { byHeading, byPosition: null };
    const at = seen / Math.max(1, total);
    seen += p.end - p.start;
    const after = seen / Math.max(1, total);
    const byPosition = at < EDGE_SHARE ? "opening" : after > 1 - EDGE_SHARE ? "closing" : null;
    return { byHeading, byPosition };
  });
}
