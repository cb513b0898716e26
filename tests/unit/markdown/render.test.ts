import fc from "fast-check";
import { JSDOM } from "jsdom";
import { isAllowedLinkUrl, renderMarkdown } from "@/lib/markdown/render";

// One parser for every check; jsdom neither runs scripts nor loads resources unless asked to.
const { document } = new JSDOM("").window;

/** The rendered HTML parsed the way a browser parses `innerHTML`. */
function parse(html: string): HTMLElement {
  const container = document.createElement("div");
  container.innerHTML = html;
  return container;
}

/**
 * Everything in the rendered HTML that could run code, load something, or navigate somewhere
 * unvetted. An empty list means the output is inert.
 */
function dangers(html: string): string[] {
  const found: string[] = [];
  for (const element of Array.from(parse(html).querySelectorAll("*"))) {
    const tag = element.tagName.toLowerCase();
    if (!ALLOWED_TAGS.has(tag)) found.push(`<${tag}>`);
    for (const attribute of Array.from(element.attributes)) {
      const allowed = tag === "a" ? ["href", "title", "rel", "target"] : [];
      if (!allowed.includes(attribute.name)) found.push(`${tag}[${attribute.name}]`);
    }
    if (tag === "a") {
      const href = element.getAttribute("href") ?? "";
      if (!/^(https?:\/\/|mailto:)/i.test(href)) found.push(`a[href=${href}]`);
      if (element.getAttribute("rel") !== "noopener nofollow") found.push(`a without rel: ${href}`);
      if (element.getAttribute("target") !== "_blank") found.push(`a without target: ${href}`);
    }
  }
  return found;
}

const ALLOWED_TAGS = new Set(["p", "strong", "em", "a", "blockquote", "ul", "ol", "li", "code", "br"]);

function elements(html: string, selector: string): Element[] {
  return Array.from(parse(html).querySelectorAll(selector));
}

function visibleText(html: string): string {
  return parse(html).textContent ?? "";
}

describe("renderMarkdown: what a comment may use", () => {
  it("renders bold, italics, inline code, quotes and lists", () => {
    const html = renderMarkdown("**bold** and *italic* and `x < y`\n\n> quoted\n\n- one\n- two\n\n1. first");
    expect(elements(html, "strong").map((e) => e.textContent)).toEqual(["bold"]);
    expect(elements(html, "em").map((e) => e.textContent)).toEqual(["italic"]);
    expect(elements(html, "code").map((e) => e.textContent)).toEqual(["x < y"]);
    expect(elements(html, "blockquote").map((e) => e.textContent?.trim())).toEqual(["quoted"]);
    expect(elements(html, "ul li").map((e) => e.textContent)).toEqual(["one", "two"]);
    expect(elements(html, "ol li").map((e) => e.textContent)).toEqual(["first"]);
    expect(dangers(html)).toEqual([]);
  });

  it("turns links, autolinks and bare URLs into links that open apart and pass no credit", () => {
    const html = renderMarkdown("[the text](https://example.org/a?b=1&c=2) <https://example.net> see http://example.com/x or write to ann@example.org");
    const links = elements(html, "a").map((a) => ({ href: a.getAttribute("href"), rel: a.getAttribute("rel"), target: a.getAttribute("target"), text: a.textContent }));
    expect(links).toEqual([
      { href: "https://example.org/a?b=1&c=2", rel: "noopener nofollow", target: "_blank", text: "the text" },
      { href: "https://example.net", rel: "noopener nofollow", target: "_blank", text: "https://example.net" },
      { href: "http://example.com/x", rel: "noopener nofollow", target: "_blank", text: "http://example.com/x" },
      { href: "mailto:ann@example.org", rel: "noopener nofollow", target: "_blank", text: "ann@example.org" },
    ]);
  });

  it("keeps single line breaks, as people type them in a comment box", () => {
    expect(elements(renderMarkdown("first line\nsecond line"), "br")).toHaveLength(1);
  });

  it("renders an image as its alt text and never loads it", () => {
    const html = renderMarkdown("Look: ![a chart of grain output](https://tracker.example/pixel.png)");
    expect(elements(html, "img")).toHaveLength(0);
    expect(visibleText(html).trim()).toBe("Look: a chart of grain output");
    expect(html).not.toContain("tracker.example");
  });

  it("leaves headings, rules and code blocks as plain paragraphs", () => {
    const html = renderMarkdown("# Loud\n\n---\n\n    indented\n\n| a | b |\n|---|---|\n| 1 | 2 |");
    expect(elements(html, "h1, hr, pre, table")).toHaveLength(0);
    expect(visibleText(html)).toContain("# Loud");
  });
});

describe("renderMarkdown: hostile input stays inert", () => {
  it.each([
    ["a raw script element", "<script>alert(1)</script>", "<script>alert(1)</script>"],
    ["an image with an event handler", '<img src=x onerror="alert(1)">', '<img src=x onerror="alert(1)">'],
    ["an inline handler in a raw tag", 'hello <b onmouseover="alert(1)">there</b>', 'hello <b onmouseover="alert(1)">there</b>'],
    ["an iframe", '<iframe src="https://evil.example"></iframe>', '<iframe src="https://evil.example"></iframe>'],
    ["an HTML comment hiding markup", "<!-- x --><svg onload=alert(1)>", "<!-- x --><svg onload=alert(1)>"],
  ])("escapes %s, showing it as text", (_label, input, shown) => {
    const html = renderMarkdown(input);
    expect(dangers(html)).toEqual([]);
    expect(visibleText(html).trim()).toBe(shown);
  });

  it.each([
    ["javascript:", "[click](javascript:alert(1))"],
    ["mixed-case javascript:", "[click](JaVaScRiPt:alert(1))"],
    ["javascript: hidden behind an entity", "[click](jav&#x61;script:alert(1))"],
    ["javascript: hidden behind a backslash escape", "[click](javascript\\:alert(1))"],
    ["javascript: with a leading space in angle brackets", "[click](< javascript:alert(1)>)"],
    ["vbscript:", "[click](vbscript:msgbox(1))"],
    ["a data: HTML page", "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"],
    ["a data: image markdown-it would allow", "[click](data:image/png;base64,iVBORw0KGgo=)"],
    ["a file: URL", "[click](file:///etc/passwd)"],
    ["a protocol-relative URL", "[click](//evil.example/x)"],
    ["a relative URL", "[click](/api/workspaces)"],
    ["an autolink to javascript:", "<javascript:alert(1)>"],
    ["a reference definition to javascript:", "[click][x]\n\n[x]: javascript:alert(1)"],
    ["an image with a data: source", "![x](data:image/png;base64,iVBORw0KGgo=)"],
  ])("refuses a link with %s", (_label, input) => {
    const html = renderMarkdown(input);
    expect(elements(html, "a, img")).toHaveLength(0);
    expect(dangers(html)).toEqual([]);
  });

  it("keeps an attribute breakout attempt inside the href", () => {
    const html = renderMarkdown('[x](https://example.org" onmouseover="alert(1))');
    expect(dangers(html)).toEqual([]);
    expect(elements(html, "[onmouseover]")).toHaveLength(0);
  });

  it("keeps a title breakout attempt inside the title", () => {
    const html = renderMarkdown('[x](https://example.org "a\\" onclick=\\"alert(1)")');
    const [link] = elements(html, "a");
    expect(link?.getAttribute("title")).toBe('a" onclick="alert(1)');
    expect(dangers(html)).toEqual([]);
  });

  it("refuses a javascript: link nested in emphasis, a quote and a list", () => {
    const html = renderMarkdown("> - **[x](javascript:alert(1))** and *<script>x</script>*");
    expect(elements(html, "a, script")).toHaveLength(0);
    expect(dangers(html)).toEqual([]);
  });

  it("escapes raw HTML used as a link's text", () => {
    const html = renderMarkdown("[<img src=x onerror=alert(1)>](https://example.org)");
    expect(elements(html, "img")).toHaveLength(0);
    expect(elements(html, "a")[0]?.textContent).toBe("<img src=x onerror=alert(1)>");
    expect(dangers(html)).toEqual([]);
  });

  it("escapes raw HTML used as an image's alt text", () => {
    const html = renderMarkdown("![<script>alert(1)</script>](https://example.org/i.png)");
    expect(dangers(html)).toEqual([]);
    expect(visibleText(html).trim()).toBe("<script>alert(1)</script>");
  });

  it("bounds nesting, so a comment cannot build an arbitrarily deep tree", () => {
    const html = renderMarkdown(`${">".repeat(500)} deep`);
    expect(elements(html, "blockquote").length).toBeLessThanOrEqual(20);
    expect(dangers(html)).toEqual([]);
  });

  // Markdown syntax mixed with fragments of known attacks, in any order: whatever the parser makes
  // of them, nothing may come out that runs, loads or links outside the allowlist.
  const PIECES = [
    "**", "*", "_", "`", "[", "]", "(", ")", "<", ">", "!", "\n", "\n\n", "> ", "- ", "1. ", " ", "\\", "&", "#", ":", "\"", "'",
    "javascript:alert(1)", "JAVASCRIPT:", "data:text/html,<script>alert(1)</script>", "data:image/png;base64,AAAA",
    "vbscript:x", "https://ok.example/p", "mailto:a@b.example", "//evil.example", "<script>", "</script>",
    "<img src=x onerror=alert(1)>", "onerror=", "onclick=\"x\"", "<a href=\"javascript:x\">", "</a>", "&#106;", "&#x61;", "&colon;", "[x]: ",
  ];
  it("produces inert HTML for any mixture of Markdown and attack fragments", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (pieces) => {
        expect(dangers(renderMarkdown(pieces.join("")))).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});

describe("isAllowedLinkUrl", () => {
  it("accepts absolute http, https and mailto URLs only", () => {
    expect(["http://a.example", "HTTPS://a.example/x", "mailto:a@b.example"].every(isAllowedLinkUrl)).toBe(true);
    expect(["javascript:alert(1)", "data:text/html,x", "//a.example", "/relative", "ftp://a.example", "tel:123", ""].some(isAllowedLinkUrl)).toBe(false);
  });
});
