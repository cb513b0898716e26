import { shortAuthorNames } from "@/lib/graph/author-names";

describe("shortAuthorNames", () => {
  it("shortens a personal name to its surname", () => {
    const names = shortAuthorNames(["Charlie Post", "Constance Squires Meaney", "Fred Engst"]);
    expect([...names.values()]).toEqual(["Post", "Meaney", "Engst"]);
  });

  it("keeps one-word, annotated and collective names whole", () => {
    const names = shortAuthorNames(["Plato", "Anonymous (mass-line text)", "Karl Marx and Friedrich Engels", "Smith & Wesson"]);
    expect([...names.values()]).toEqual(["Plato", "Anonymous (mass-line text)", "Karl Marx and Friedrich Engels", "Smith & Wesson"]);
  });

  it("keeps full names for authors who would share a surname", () => {
    const names = shortAuthorNames(["Karl Marx", "Eleanor Marx", "Charlie Post"]);
    expect([...names.values()]).toEqual(["Karl Marx", "Eleanor Marx", "Post"]);
  });
});
