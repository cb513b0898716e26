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

  it("takes the caller's word that the lines are printed lines, however short most of them are", () => {
    const text = ["A paragraph of a technical manual runs across", "two printed lines here.", "", "• one", "• two", "• three", "• four", "• five"].join("\n");
    expect(layoutOf(text).wrapped).toBe(false);
    expect(detectLayout(splitLines(text), true)).toMatchObject({ wrapped: true, blankSeparated: true });
  });

  it("never calls printed lines double-spaced: their blank lines are space on the page", () => {
    const text = [
      "1. Why the cache exists",
      "",
      "Programs look up the type of a file many times a second, and parsing the",
      "XML database each time would be far too slow for that.",
      "",
      "1.1. What is in it",
      "",
      "The cache holds the globs, the magic rules and the aliases, each in a",
      "table of its own that starts with the table below.",
      "",
      "ALIASLIST CARD32 OFFSET",
      "",
      "Each entry is eight bytes long: the offset of the alias and the offset",
      "of the type it stands for.",
    ].join("\n");
    // Taken as hard-wrapped, a blank after five of eight lines would otherwise read as double spacing.
    expect(detectLayout(splitLines(text), true)).toMatchObject({ wrapped: true, doubleSpaced: false, blankSeparated: true });
  });

  it("does not call a text wrapped when most lines are far longer than any page", () => {
    const long = "This paragraph is one long line as a web page would give it, with many clauses, and it goes on well past the width of any printed page or column of type.";
    expect(layoutOf([long, "", long, "", "Short heading", "", long].join("\n")).wrapped).toBe(false);
  });
});
