import { isDigit, isLetter, isLowerLetter, lettersAfter, lettersBefore } from "@/lib/text/chars";

const code = (c: string) => c.charCodeAt(0);

describe("character classes", () => {
  it("treats letters of any script as letters and punctuation as not", () => {
    for (const c of ["a", "Z", "é", "Ж", "中"]) expect(isLetter(code(c))).toBe(true);
    for (const c of ["’", "-", "3", " ", "•"]) expect(isLetter(code(c))).toBe(false);
  });

  it("tells lower-case letters from capitals in any script", () => {
    expect(isLowerLetter(code("é"))).toBe(true);
    expect(isLowerLetter(code("É"))).toBe(false);
    expect(isDigit(code("7"))).toBe(true);
    expect(isDigit(code("x"))).toBe(false);
  });

  it("finds the run of letters around a position", () => {
    const text = "self-détermination now";
    expect(text.slice(lettersBefore(text, 4), 4)).toBe("self");
    expect(text.slice(5, lettersAfter(text, 5))).toBe("détermination");
  });
});
