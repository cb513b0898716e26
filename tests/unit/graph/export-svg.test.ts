import { escapeXml, exportFileName, exportSvg } from "@/lib/graph/export-svg";

describe("exported map pictures", () => {
  const svg = exportSvg({
    title: "Mao-era China: <four> texts & more",
    subtitle: "Argument map · 3 of 5 claims in view",
    viewImage: "data:image/svg+xml;charset=utf-8,%3Csvg%3E",
    width: 800,
    height: 500,
    sources: [{ author: "Post", year: 1966, colorIndex: 0 }, { author: "Meaney", year: null, colorIndex: 1 }],
    hasUnsourced: true,
  });

  it("carries the title (escaped), the view and a legend of edges and sources", () => {
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain("<title>Mao-era China: &lt;four&gt; texts &amp; more</title>");
    expect(svg).toContain('href="data:image/svg+xml;charset=utf-8,%3Csvg%3E"');
    expect(svg).toContain('aria-label="Legend"');
    for (const words of ["supports (solid, arrow, +)", "opposes (dashed, bar, −)", "undercuts an edge", "Post, 1966", ">Meaney<", "members&apos; own claims"]) expect(svg).toContain(words);
    // Header above, legend below the 500-pixel view.
    expect(Number(/height="(\d+)"/.exec(svg)![1])).toBeGreaterThan(600);
  });

  it("explains the same-proposition lines and long links drawn at their ends only when the view has them, with room for the rows", () => {
    expect(svg).not.toContain("same proposition");
    expect(svg).not.toContain("long link");
    const picture = { title: "t", subtitle: "s", viewImage: "data:,", width: 800, height: 500, sources: [], hasUnsourced: false };
    const plain = exportSvg(picture);
    const both = exportSvg({ ...picture, equivalenceLines: true, longLinksAsStubs: true });
    expect(both).toContain("same proposition (double line, =)");
    expect(both).toContain("long link, drawn at its ends");
    const height = (text: string) => Number(/height="(\d+)"/.exec(text)![1]);
    expect(height(both)).toBe(height(plain) + 2 * 20);
  });

  it("escapes XML and makes tidy file names", () => {
    expect(escapeXml(`a<b>&"c'`)).toBe("a&lt;b&gt;&amp;&quot;c&apos;");
    expect(exportFileName("Mao-era China: four texts", "png")).toBe("mao-era-china-four-texts-map.png");
    expect(exportFileName("???", "svg")).toBe("agon-map.svg");
  });
});
