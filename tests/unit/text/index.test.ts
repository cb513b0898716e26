import * as text from "@/lib/text";

describe("lib/text public API", () => {
  it("exports the functions the app and the CLI call, and nothing else at run time", () => {
    expect(Object.keys(text).sort()).toEqual(["normalizeText", "parseOffsetMap", "serializeOffsetMap", "toOriginalOffset", "toOriginalRange"]);
  });
});
