import { fitsReadably, mostArguedClaim } from "@/lib/graph/opening-view";

const claim = (id: string, type = "premise") => ({ id, type });
const edge = (from: string, to: string, premises: string[] = []) => ({ from, to, premises });

describe("the claim a big map opens on", () => {
  it("is the thesis with the most reasons, even when another claim has more", () => {
    const claims = [claim("t1", "thesis"), claim("t2", "thesis"), claim("hub"), ...["a", "b", "c", "d", "e", "f"].map((id) => claim(id))];
    const edges = [edge("a", "t1"), edge("b", "t2"), edge("c", "t2"), edge("c", "hub"), edge("d", "hub"), edge("e", "hub"), edge("f", "hub")];
    expect(mostArguedClaim(claims, edges)).toBe("t2");
  });

  it("counts each premise of a linked argument once, and falls back to any claim when no thesis has reasons", () => {
    const claims = [claim("t", "thesis"), claim("c"), claim("x"), claim("a"), claim("b")];
    const edges = [edge("a", "c", ["a", "b"]), edge("a", "c"), edge("a", "x"), edge("b", "x", ["b"])];
    // c and x both have two distinct reasons: the earlier one wins.
    expect(mostArguedClaim(claims, edges)).toBe("c");
  });

  it("is null when nothing has reasons", () => {
    expect(mostArguedClaim([claim("a", "thesis"), claim("b")], [])).toBeNull();
  });
});

describe("fitting a map at a readable zoom", () => {
  it("fits when the whole map shows at half size or more", () => {
    expect(fitsReadably({ width: 2400, height: 1200 }, { width: 1240, height: 660 })).toBe(true);
    expect(fitsReadably({ width: 26000, height: 21000 }, { width: 1240, height: 660 })).toBe(false);
    expect(fitsReadably({ width: 1000, height: 2000 }, { width: 1240, height: 660 })).toBe(false);
  });
});
