import { prepareSource } from "@/lib/formats";

const LIMITS = { maxTextBytes: 5 * 1024 * 1024, maxDocumentBytes: 20 * 1024 * 1024 };

const NOTES = `# Reading notes on Meaney

Meaney argues that *Mao-era China* departed from the **Soviet** pattern. See [her monograph](https://example.org/meaney) for the interviews.

## Why the elite was never integrated

Three reasons stand out:

1. Mass campaigns against managers.
2. Class labels that outlived the revolution.
   - Even for engineers.

Key Findings From the Interviews

> Workers and managers
> lived apart.

The mass line  
from the masses  
to the masses

| Campaign | Year |
| --- | --- |
| Anti-Rightist | 1957 |

\`\`\`
code stays as written
\`\`\`
`;

describe("Markdown extraction with markdown-it", () => {
  it("keeps declared headings, turns list items into bullets and numbers, and strips the markup", async () => {
    const result = await prepareSource({ bytes: new TextEncoder().encode(NOTES), fileName: "notes.md" }, LIMITS);
    if (!result.ok) throw new Error(result.message);
    const { normalized, paragraphs, metadata } = result.value;
    const text = normalized.text;
    const shown = paragraphs.map((p) => [p.kind, p.level ?? null, text.slice(p.start, p.end)]);
    expect(shown).toContainEqual(["heading", 1, "Reading notes on Meaney"]);
    // Not title-cased, so lib/text alone would not call it a heading; the # says it is one.
    expect(shown).toContainEqual(["heading", 2, "Why the elite was never integrated"]);
    // Title-cased, but a paragraph in the file: not a heading.
    expect(shown).toContainEqual(["paragraph", null, "Key Findings From the Interviews"]);
    expect(text).toContain("Meaney argues that Mao-era China departed from the Soviet pattern. See her monograph for the interviews.");
    expect(text).not.toMatch(/[*[\]#]|https:/);
    expect(text).toContain("1. Mass campaigns against managers.");
    expect(text).toContain("2. Class labels that outlived the revolution.");
    expect(text).toContain("• Even for engineers.");
    expect(text).toContain("Workers and managers lived apart.");
    // Hard line breaks (two trailing spaces) keep the lines of a verse apart.
    expect(text).toContain("The mass line\n\nfrom the masses\n\nto the masses");
    expect(text).toContain("Campaign | Year");
    expect(text).toContain("Anti-Rightist | 1957");
    expect(text).toContain("code stays as written");
    expect(metadata).toEqual({ title: "Reading notes on Meaney" });
  });
});
