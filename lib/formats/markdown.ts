import { withHtmlDocument } from "./dom";
import { renderHtmlBlocks } from "./html-blocks";
import type { ExtractedText } from "./types";

/**
 * Markdown to text: markdown-it parses it (CommonMark, tables, raw HTML kept so inline markup
 * becomes text rather than literal tags), then the rendered HTML is read like any article.
 * Headings stay headings, list items keep a bullet or number, emphasis and links become plain words.
 */
export async function extractMarkdown(source: string): Promise<ExtractedText> {
  const { default: MarkdownIt } = await import("markdown-it");
  const html = new MarkdownIt({ html: true, linkify: false, typographer: false }).render(source);
  const rendered = await withHtmlDocument(`<body>${html}</body>`, (document) => renderHtmlBlocks(document.body));
  const firstHeading = rendered.headings.find((h) => h.level === 1)?.text;
  return { format: "md", text: rendered.text, headings: rendered.headings, metadata: firstHeading ? { title: firstHeading } : {} };
}
