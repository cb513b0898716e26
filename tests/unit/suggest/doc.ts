/** Build a normalised text with paragraphs from blocks: strings are paragraphs, `{ heading }` headings. */
export function doc(blocks: (string | { heading: string; level?: number })[]) {
  let text = "";
  const paragraphs: { start: number; end: number; kind: "paragraph" | "heading"; level?: number }[] = [];
  for (const block of blocks) {
    if (text) text += "\n\n";
    const words = typeof block === "string" ? block : block.heading;
    const start = text.length;
    text += words;
    paragraphs.push(typeof block === "string" ? { start, end: text.length, kind: "paragraph" } : { start, end: text.length, kind: "heading", level: block.level ?? 1 });
  }
  return { text, paragraphs };
}
