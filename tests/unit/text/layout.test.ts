import { detectLayout } from "@/lib/text/layout";
import { splitLines } from "@/lib/text/lines";
import { DOUBLE_SPACED_ESSAY } from "../../fixtures/text/double-spaced-essay";
import { WEB_ESSAY } from "../../fixtures/text/web-essay";
import { WRAPPED_MONOGRAPH } from "../../fixtures/text/wrapped-monograph";

const layoutOf = (text: string) => detectLayout(splitLines(text));

describe("detectLayout", () => {
  it("recognises double-spaced wrapped text, where blank lines say nothing about paragraphs", () => {
    expect(layoutOf(DOUBLE_SPACED_ESSAY)).toMatchObject({ wrapped: true, doubleSpaced: true, blankSeparated: false });
  });

  it("recognises single-spaced wrapped text with blank lines between paragraphs", () => {
    expect(layoutOf(WRAPPED_MONOGRAPH)).toMatchObject({ wrapped: true, doubleSpaced: false, blankSeparated: true });
  });

  it("recognises web text with one paragraph per line, even with a blank line after each", () => {
    expect(layoutOf(WEB_ESSAY)).toMatchObject({ wrapped: false, doubleSpaced: false, blankSeparated: true });
  });

  it("measures the width of a full wrapped line", () => {
    const width = layoutOf(WRAPPED_MONOGRAPH).width;
    expect(width).toBeGreaterThanOrEqual(64);
    expect(width).toBeLessThanOrEqual(72);
  });

  it("takes widespread indentation in wrapped text for paragraph indents", () => {
    const lines = [];
    for (let i = 0; i < 12; i++) {
      lines.push("    A paragraph begins here with an indent and runs on across the");
      lines.push("line below, which is not indented, until the paragraph is done.");
    }
    expect(layoutOf(lines.join("\n")).indentedParagraphs).toBe(true);
  });

  it("does not call a text wrapped when most lines are far longer than any page", () => {
    const long = "This paragraph is one long line as a web page would give it, with many clauses, and it goes on well past the width of any printed page or column of type.";
    expect(layoutOf([long, "", long, "", "Short heading", "", long].join("\n")).wrapped).toBe(false);
  });
});
