import { openingClaims, WHOLE_MAP_LIMIT } from "@/lib/graph/opening-view";

const claim = (id: string, type = "premise") => ({ id, type });
const edge = (from: string, to: string, premises: string[] = []) => ({ from, to, premises });
const filler = (n: number) => Array.from({ length: n }, (_, i) => claim(`f${i}`));

describe("the map's opening view", () => {
  it("shows a small map whole", () => {
    expect(openingClaims([claim("a", "thesis"), claim("b")], [edge("b", "a")])).toBeNull();
    expect(openingClaims(filler(WHOLE_MAP_LIMIT), [edge("f1", "f0")])).toBeNull();
  });

  it("opens a larger map on the thesis with the most reasons, and those reasons", () => {
    const claims = [claim("t1", "thesis"), claim("t2", "thesis"), claim("p1"), claim("p2"), claim("p3"), claim("hub"), ...filler(10)];
    const edges = [edge("p1", "t1"), edge("p2", "t2"), edge("p3", "t2"), edge("f0", "hub"), edge("f1", "hub"), edge("f2", "hub"), edge("f3", "hub")];
    // "hub" has more reasons, but a thesis is what a reader opens a map for.
    expect(openingClaims(claims, edges)).toEqual(["t2", "p2", "p3"]);
  });

  it("counts every premise of a linked argument once, and falls back to any claim when no thesis has reasons", () => {
    const claims = [claim("t", "thesis"), claim("c"), claim("a"), claim("b"), ...filler(10)];
    const edges = [edge("a", "c", ["a", "b"]), edge("a", "c")];
    expect(openingClaims(claims, edges)).toEqual(["c", "a", "b"]);
  });

  it("shows the whole map when nothing has reasons", () => {
    expect(openingClaims(filler(20), [])).toBeNull();
  });
});
