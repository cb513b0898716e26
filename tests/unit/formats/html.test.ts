import { extractText, prepareSource } from "@/lib/formats";
import { decodeHtml } from "@/lib/formats/html";

const LIMITS = { maxTextBytes: 5 * 1024 * 1024, maxDocumentBytes: 20 * 1024 * 1024 };

const PARAGRAPH =
  "The mass line is the method by which the party takes the scattered and unsystematic ideas of the masses, concentrates them through study into systematic ideas, and takes them back to the masses until they embrace them as their own.";

const PAGE = `<!doctype html>
<html lang="en"><head>
  <meta charset="utf-8"><title>The Mass-Democratic Method – Study Notes</title>
  <style>body { font-family: serif } .ad { color: red }</style>
  <script>window.tracking = "should never appear";</script>
</head><body>
  <header><nav><a href="/">Home</a> <a href="/library">Library</a> <a href="/donate">Donate</a></nav></header>
  <main><article>
    <h1>The Mass-Democratic Method</h1>
    <p class="byline">By the Study Group</p>
    <p>${PARAGRAPH} It begins with investigation among the people.[1]</p>
    <h2>From the masses, to the masses</h2>
    <p>${PARAGRAPH}</p>
    <ul><li>Investigate among the people.</li><li>Concentrate their <em>scattered</em> ideas.</li></ul>
    <blockquote><p>Take the ideas of the masses and concentrate them,<br>then go to the masses and propagate them.</p></blockquote>
    <h2>Notes</h2>
    <p>[1] Mao Zedong, Some Questions Concerning Methods of Leadership (1943).</p>
    <script>document.write("injected")</script>
  </article></main>
  <aside class="sidebar"><h3>Related reading</h3><a href="/a">One</a> <a href="/b">Two</a></aside>
  <footer>© 2024 The Study Group · <a href="/privacy">Privacy</a></footer>
</body></html>`;

describe("HTML extraction with Readability", () => {
  it("keeps the article and its headings, and drops navigation, scripts, styles and sidebars", async () => {
    const result = await prepareSource({ bytes: new TextEncoder().encode(PAGE), fileName: "mass-line.html" }, LIMITS);
    if (!result.ok) throw new Error(result.message);
    const { normalized, paragraphs, metadata, report } = result.value;
    const text = normalized.text;
    for (const gone of ["Home", "Donate", "tracking", "injected", "font-family", "Related reading", "Privacy"]) expect(text).not.toContain(gone);
    const headings = paragraphs.filter((p) => p.kind === "heading").map((p) => [p.level, text.slice(p.start, p.end)]);
    expect(headings).toEqual([
      [2, "From the masses, to the masses"],
      [2, "Notes"],
    ]);
    expect(text).toContain("• Investigate among the people.");
    expect(text).toContain("• Concentrate their scattered ideas.");
    // The two lines of the quotation stay two lines, not one run-on sentence.
    expect(text).toContain("concentrate them,\n\nthen go to the masses");
    expect(normalized.footnoteRefs.map((f) => f.label)).toEqual(["1"]);
    expect(metadata.title).toBe("The Mass-Democratic Method – Study Notes");
    expect(report.format).toBe("html");
  });

  it("refuses a page with no article: only navigation, links and scripts", async () => {
    const menu = `<html><head><title>Index</title><script>var x = 1;</script></head><body>
      <nav><ul><li><a href="/">Home</a></li><li><a href="/texts">Texts</a></li></ul></nav>
      <div class="links"><a href="/a">Essays on the state</a> <a href="/b">Essays on the party</a> <a href="/c">Essays on the masses</a> <a href="/d">Archive</a></div>
    </body></html>`;
    const result = await extractText({ bytes: new TextEncoder().encode(menu), fileName: "index.html" }, LIMITS);
    expect(result).toMatchObject({ ok: false, code: "NO_ARTICLE", message: expect.stringMatching(/^No article was found in this page/) });
  });

  it("decodes a page in the encoding its meta tag names", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('<meta charset="windows-1252"><p>'), 0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, ...new TextEncoder().encode("</p>")]);
    expect(decodeHtml(bytes)).toContain("“Café”");
  });

  it("reads pasted HTML when asked to", async () => {
    const result = await extractText({ text: PAGE, format: "html" }, LIMITS);
    expect(result.ok && result.value.text).toContain("From the masses, to the masses");
  });
});
