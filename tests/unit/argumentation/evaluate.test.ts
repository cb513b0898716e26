import { evaluate, EvaluateRequestError, FrameworkParseError, type EvaluateOptions } from "../../../lib/argumentation";

/** The answer line, failing the test when a gradual semantics did not converge. */
function answer(text: string, options: EvaluateOptions): string {
  const outcome = evaluate(text, options);
  if (!outcome.converged) throw new Error(`did not converge: ${JSON.stringify(outcome)}`);
  return outcome.output;
}

// One framework in every format: c attacks itself; a and b attack each other; b attacks d.
const APX = "arg(a).\narg(b).\narg(c).\narg(d).\natt(a,b).\natt(b,a).\natt(c,c).\natt(b,d).\n";
const TGF = "a\nb\nc\nd\n#\na b\nb a\nc c\nb d\n";
const I23 = "p af 4\n1 2\n2 1\n3 3\n2 4\n";
const JSON_TEXT = JSON.stringify({ arguments: [{ id: "a" }, { id: "b" }, { id: "c" }, { id: "d" }], attacks: [["a", "b"], ["b", "a"], ["c", "c"], ["b", "d"]] });

const SLOWLY_CONVERGING_DFQUAD = JSON.stringify({
  arguments: [{ id: "a", base: 0.5 }, { id: "b", base: 0 }],
  attacks: [["b", "a"]],
  supports: [["b", "b"], ["a", "b"]],
});

describe("evaluate: Dung semantics on every format", () => {
  it.each([
    ["apx", APX, ["a", "b", "c", "d"]],
    ["tgf", TGF, ["a", "b", "c", "d"]],
    ["i23", I23, ["1", "2", "3", "4"]],
    ["json", JSON_TEXT, ["a", "b", "c", "d"]],
  ] as const)("%s", (format, text, [a, b, , d]) => {
    expect(answer(text, { semantics: "grounded", format })).toBe("[]");
    expect(answer(text, { semantics: "complete", format })).toBe(`[[],[${a},${d}],[${b}]]`);
    expect(answer(text, { semantics: "preferred", format })).toBe(`[[${a},${d}],[${b}]]`);
    expect(answer(text, { semantics: "stable", format })).toBe("[]"); // the self-attacker c is never attacked by an extension
    expect(answer(text, { semantics: "preferred", format, accept: { argument: d, mode: "cred" } })).toBe("YES");
    expect(answer(text, { semantics: "preferred", format, accept: { argument: d, mode: "skept" } })).toBe("NO");
    expect(answer(text, { semantics: "stable", format, accept: { argument: d, mode: "skept" } })).toBe("YES");
  });
});

describe("evaluate: output conventions", () => {
  it("prints the grounded extension in order of first appearance", () => {
    expect(answer("arg(z).\narg(y).\narg(x).\natt(y,x).\n", { semantics: "grounded", format: "apx" })).toBe("[z,y]");
  });
  it("prints [[]] when the only extension is empty", () => {
    expect(answer("arg(a).\natt(a,a).\n", { semantics: "preferred", format: "apx" })).toBe("[[]]");
    expect(answer("p af 0\n", { semantics: "stable", format: "i23" })).toBe("[[]]");
  });
  it("acceptance under grounded and complete", () => {
    const text = "arg(a).\narg(b).\natt(a,b).\n";
    expect(answer(text, { semantics: "grounded", format: "apx", accept: { argument: "a", mode: "skept" } })).toBe("YES");
    expect(answer(text, { semantics: "complete", format: "apx", accept: { argument: "b", mode: "cred" } })).toBe("NO");
  });
  it("gradual semantics print a JSON object in input order, integer-like names included", () => {
    const i23 = "p af 2\n1 2\n";
    expect(answer(i23, { semantics: "dfquad", format: "i23" })).toBe('{"1":0.5,"2":0.25}');
    const apx = "arg(b).\narg(10).\natt(10,b).\n";
    expect(answer(apx, { semantics: "dfquad", format: "apx" })).toBe('{"b":0.25,"10":0.5}');
  });
  it("gradual semantics use json base scores and supports", () => {
    const text = JSON.stringify({ arguments: [{ id: "a", base: 1 }, { id: "b" }, { id: "c", base: 0.8 }], supports: [["a", "b"]], attacks: [["c", "b"]] });
    expect(JSON.parse(answer(text, { semantics: "dfquad", format: "json" }))).toEqual({ a: 1, b: 0.6, c: 0.8 });
    expect(JSON.parse(answer(text, { semantics: "qe", format: "json" })).b).toBeCloseTo(0.5 + 0.5 * (0.04 / 1.04), 9);
    expect(JSON.parse(answer(text, { semantics: "euler", format: "json" })).b).toBeCloseTo(1 - 0.75 / (1 + 0.5 * Math.exp(0.2)), 9);
  });
  it("Dung semantics ignore json supports", () => {
    const text = JSON.stringify({ arguments: [{ id: "a" }, { id: "b" }], supports: [["a", "b"]] });
    expect(answer(text, { semantics: "grounded", format: "json" })).toBe("[a,b]");
  });
  it("reports a gradual semantics that does not converge instead of printing numbers", () => {
    // Under DF-QuAD, b (base 0) supports itself and is supported by a, which b attacks. The fixed point
    // is a = 0, b = 1, but the distance to it shrinks only like 2/k after k iterations, too slowly to
    // certify 1e-6 within the iteration budget: the result must say so.
    const outcome = evaluate(SLOWLY_CONVERGING_DFQUAD, { semantics: "dfquad", format: "json" });
    expect(outcome).toMatchObject({ converged: false, iterations: 30_000 });
  });
});

describe("evaluate: errors", () => {
  it("malformed input is a FrameworkParseError with the line", () => {
    expect(() => evaluate("arg(a).\natt(a,b).\n", { semantics: "grounded", format: "apx" })).toThrow(FrameworkParseError);
  });
  it("an unknown argument or acceptance under a gradual semantics is an EvaluateRequestError", () => {
    expect(() => evaluate(APX, { semantics: "preferred", format: "apx", accept: { argument: "zz", mode: "cred" } })).toThrow(EvaluateRequestError);
    expect(() => evaluate(APX, { semantics: "qe", format: "apx", accept: { argument: "a", mode: "cred" } })).toThrow(EvaluateRequestError);
  });
});

