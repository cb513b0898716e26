/**
 * Comment Markdown → HTML that is safe to put in the page with `dangerouslySetInnerHTML`.
 *
 * Safety comes from what markdown-it is allowed to emit, not from cleaning its output afterwards:
 * - `html: false`: raw HTML in a comment is never parsed as HTML, so `<script>` or `<img onerror>`
 *   come out as escaped text; every text node and attribute value goes through markdown-it's escaper.
 * - links (inline, reference, `<autolinks>`, bare URLs found by linkify) must pass markdown-it's own
 *   `validateLink` (which refuses javascript:, vbscript:, file: and most data: URLs) and then our
 *   allowlist of absolute http(s) and mailto URLs; anything else stays literal text.
 * - images never load: an image renders as its alt text, so a comment cannot make readers' browsers
 *   fetch a tracking pixel or a data: URL.
 * - only the constructs a discussion needs are on (paragraphs, emphasis, links, quotes, lists, inline
 *   code, line breaks); headings, tables, rules and code blocks are off, so a comment cannot
 *   shout over the panel it sits in.
 */
import MarkdownIt, { type MarkdownIt as Markdown } from "markdown-it";

/** Absolute web and mail links only: no relative, protocol-relative or scripting URLs. */
const ALLOWED_LINK = /^(?:https?:\/\/|mailto:)/i;

export function isAllowedLinkUrl(url: string): boolean {
  return ALLOWED_LINK.test(url.trim());
}

function createRenderer(): Markdown {
  // maxNesting bounds how deep quotes and lists may nest, so a hostile comment cannot make the
  // parser or the page do unbounded work.
  const md = new MarkdownIt("default", { html: false, linkify: true, breaks: true, typographer: false, maxNesting: 20 });
  md.disable(["table", "code", "fence", "heading", "lheading", "hr", "html_block", "html_inline", "strikethrough"]);

  const markdownItValidateLink = md.validateLink.bind(md);
  md.validateLink = (url: string) => markdownItValidateLink(url) && isAllowedLinkUrl(url);

  const renderToken = md.renderer.renderToken.bind(md.renderer);
  md.renderer.rules.link_open = (tokens, idx, options) => {
    const token = tokens[idx]!;
    // Links leave the app and must not hand it `window.opener`, nor lend it search-engine credit.
    token.attrSet("rel", "noopener nofollow");
    token.attrSet("target", "_blank");
    return renderToken(tokens, idx, options);
  };
  md.renderer.rules.image = (tokens, idx, options, env, self) =>
    // renderInlineAsText returns unescaped text (markdown-it escapes it later as an attribute), so escape here.
    md.utils.escapeHtml(self.renderInlineAsText(tokens[idx]!.children ?? [], options, env));
  return md;
}

let renderer: Markdown | null = null;

/** Render a comment's Markdown; the result contains no raw HTML from the input and only vetted links. */
export function renderMarkdown(source: string): string {
  renderer ??= createRenderer();
  return renderer.render(source);
}
