import { checkText } from "./decode-text";
import { withHtmlDocument } from "./dom";
import { renderHtmlBlocks } from "./html-blocks";
import { FormatError, type ExtractedText } from "./types";

/**
 * A saved web page to text: Mozilla's Readability (the engine behind Firefox's Reader View) finds
 * the article and drops navigation, sidebars, comments, scripts and styles; the article's own
 * markup then gives paragraphs, lists and headings.
 */

// Fewer words than this outside links is a menu, a cookie banner or an index page, not a text.
const MIN_ARTICLE_WORDS = 20;

const NO_ARTICLE =
  "No article was found in this page: it holds only navigation, links or scripts. Open the article itself and save that page, or copy the article's text and paste it.";

// WHATWG maps these labels to windows-1252; Node 20's TextDecoder decodes them as ISO-8859-1,
// which turns curly quotes and dashes (0x80–0x9F) into invisible control characters.
const WINDOWS_1252_LABELS = new Set(["windows-1252", "cp1252", "latin1", "iso-8859-1", "iso8859-1", "l1", "ascii", "us-ascii", "x-cp1252"]);
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk).replace(/[\u0080-\u009F]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
  }
  return out;
}

/**
 * Decode an HTML file: a byte-order mark or a `<meta charset>` names the encoding; otherwise UTF-8,
 * falling back to windows-1252, which is what browsers assume for unlabelled pages.
 */
export function decodeHtml(bytes: Uint8Array): string {
  let label: string | null = null;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) label = "utf-8";
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) label = "utf-16be";
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) label = "utf-16le";
  else {
    const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
    label = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ?? null;
  }
  if (label && WINDOWS_1252_LABELS.has(label.toLowerCase())) return decodeWindows1252(bytes);
  if (label) {
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // An unknown label: fall through to the guess below.
    }
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

export async function extractHtml(html: string, maxTextBytes: number): Promise<ExtractedText> {
  const checked = checkText(html, maxTextBytes);
  if (!checked.ok) throw new FormatError(checked.code, checked.message);
  const { Readability } = await import("@mozilla/readability");
  return withHtmlDocument(html, (document) => {
    const article = new Readability<Element>(document, { serializer: (node) => node as Element }).parse();
    const content = article?.content;
    if (!article || !content) throw new FormatError("NO_ARTICLE", NO_ARTICLE);
    const rendered = renderHtmlBlocks(content);
    const linkWords = Array.from(content.querySelectorAll("a"))
      .filter((link) => !link.closest("nav"))
      .reduce((sum, link) => sum + countWords(link.textContent ?? ""), 0);
    if (countWords(rendered.text) - linkWords < MIN_ARTICLE_WORDS) throw new FormatError("NO_ARTICLE", NO_ARTICLE);
    const title = article.title?.trim();
    const author = article.byline?.trim().replace(/^by\s+/i, "");
    return {
      format: "html",
      text: rendered.text,
      headings: rendered.headings,
      metadata: { ...(title ? { title } : {}), ...(author ? { author } : {}) },
    };
  });
}
