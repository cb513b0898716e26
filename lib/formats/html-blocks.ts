import type { StructuralHeading } from "./types";

/**
 * Turn an HTML tree (an article Readability found, Markdown rendered by markdown-it, a Word file
 * converted by mammoth) into the plain text lib/text reads best: one paragraph per line, a blank
 * line between paragraphs, and a list of the headings the markup declared.
 */

type BlockKind = "heading" | "paragraph" | "list-item" | "preformatted" | "note";

interface TextBlock {
  kind: BlockKind;
  /** Lines the markup broke on purpose (`<br>`, lines of a poem or of code). */
  lines: string[];
  level?: number;
}

export interface RenderedBlocks {
  text: string;
  headings: StructuralHeading[];
}

const SKIPPED = new Set([
  "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "audio", "video",
  "button", "select", "input", "textarea", "head", "title", "meta", "link", "img", "picture", "source", "nav",
]);

const BLOCKS = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog", "div", "dl", "dt", "fieldset",
  "figcaption", "figure", "footer", "form", "header", "hgroup", "hr", "main", "ol", "p", "section", "summary", "table",
  "tbody", "tfoot", "thead", "tr", "ul", "html", "center",
]);

const HEADING = /^h([1-6])$/;
// mammoth writes Word's footnotes and endnotes as list items with these ids, each ending in a "↑" link back.
const NOTE_ID = /^(?:footnote|endnote)-(\d+)$/;
const NOTE_BACKLINK = /^#(?:footnote|endnote)-ref-/;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

class BlockCollector {
  readonly blocks: TextBlock[] = [];
  private pieces: string[] = [];

  /** Inline text; runs of whitespace count as one space, as a browser shows them. */
  addText(text: string): void {
    this.pieces.push(text.replace(/\s+/g, " "));
  }

  addLineBreak(): void {
    this.pieces.push("\n");
  }

  /** Close the pending inline text as a block of the given kind. */
  flush(kind: BlockKind = "paragraph", level?: number, prefix = ""): void {
    const lines = this.pieces
      .join("")
      .split("\n")
      .map((line) => line.replace(/ {2,}/g, " ").trim())
      .filter((line) => line.length > 0);
    this.pieces = [];
    if (lines.length === 0) return;
    if (kind === "heading" || kind === "list-item" || kind === "note") {
      this.blocks.push({ kind, lines: [`${prefix}${lines.join(" ")}`], level });
    } else {
      this.blocks.push({ kind, lines });
    }
  }

  addPreformatted(text: string): void {
    this.flush();
    const lines = text
      .replace(/\r\n?/g, "\n")
      .split("\n")
      .map((line) => line.replace(/\s+/g, " ").trim())
      .filter((line) => line.length > 0);
    if (lines.length > 0) this.blocks.push({ kind: "preformatted", lines });
  }
}

function listPrefix(item: Element): string {
  const list = item.parentElement;
  if (list?.tagName.toLowerCase() !== "ol") return "• ";
  const start = Number(list.getAttribute("start") ?? "1");
  const position = Array.from(list.children).filter((child) => child.tagName.toLowerCase() === "li").indexOf(item);
  return `${(Number.isFinite(start) ? start : 1) + Math.max(0, position)}. `;
}

function walk(node: Node, out: BlockCollector): void {
  if (node.nodeType === TEXT_NODE) {
    out.addText(node.nodeValue ?? "");
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const element = node as Element;
  const tag = element.tagName.toLowerCase();
  if (SKIPPED.has(tag) || element.getAttribute("hidden") !== null || element.getAttribute("aria-hidden") === "true") return;

  if (tag === "br") {
    out.addLineBreak();
    return;
  }
  if (tag === "a" && NOTE_BACKLINK.test(element.getAttribute("href") ?? "")) return;
  const heading = HEADING.exec(tag);
  if (heading) {
    out.flush();
    walkChildren(element, out);
    out.flush("heading", Number(heading[1]));
    return;
  }
  if (tag === "pre") {
    out.addPreformatted(element.textContent ?? "");
    return;
  }
  if (tag === "li") {
    out.flush();
    const note = NOTE_ID.exec(element.getAttribute("id") ?? "");
    // Nested lists are items of their own: the item's own words are flushed before them.
    for (const child of Array.from(element.childNodes)) {
      const childTag = child.nodeType === ELEMENT_NODE ? (child as Element).tagName.toLowerCase() : "";
      if (childTag === "ul" || childTag === "ol") {
        out.flush(note ? "note" : "list-item", undefined, note ? `[${note[1]}] ` : listPrefix(element));
      }
      walk(child, out);
    }
    out.flush(note ? "note" : "list-item", undefined, note ? `[${note[1]}] ` : listPrefix(element));
    return;
  }
  if (tag === "td" || tag === "th") {
    // Cells of a row share one line, so a table reads row by row.
    out.addText(" | ");
    walkChildren(element, out);
    return;
  }
  if (tag === "p" && element.parentElement?.tagName.toLowerCase() === "li") {
    // Paragraphs inside a list item (loose Markdown lists, Word notes) belong to the item.
    walkChildren(element, out);
    out.addText(" ");
    return;
  }
  if (BLOCKS.has(tag)) {
    out.flush();
    walkChildren(element, out);
    out.flush();
    return;
  }
  walkChildren(element, out);
}

function walkChildren(element: Element, out: BlockCollector): void {
  for (const child of Array.from(element.childNodes)) walk(child, out);
}

/** Table rows start with the cell separator; drop it where it leads the line. */
function tidyLine(line: string): string {
  return line.replace(/^\|\s*/, "").replace(/\s*\|\s*$/, "");
}

/** Collect the blocks under `root` and lay them out as text. */
export function renderHtmlBlocks(root: Element): RenderedBlocks {
  const out = new BlockCollector();
  walk(root, out);
  out.flush();
  const headings: StructuralHeading[] = [];
  const paragraphs: string[] = [];
  for (const block of out.blocks) {
    const lines = block.lines.map(tidyLine).filter((line) => line.length > 0);
    if (lines.length === 0) continue;
    if (block.kind === "heading") headings.push({ text: lines.join(" "), level: block.level ?? 1 });
    paragraphs.push(lines.join("\n"));
  }
  return { text: paragraphs.length > 0 ? `${paragraphs.join("\n\n")}\n` : "", headings };
}
