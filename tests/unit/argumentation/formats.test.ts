import { FrameworkParseError, parseFramework, type FrameworkFormat } from "../../../lib/argumentation";

function parseError(text: string, format: FrameworkFormat): FrameworkParseError {
  try {
    parseFramework(text, format);
  } catch (error) {
    if (error instanceof FrameworkParseError) return error;
    throw error;
  }
  throw new Error("expected a FrameworkParseError");
}

describe("apx", () => {
  it("reads arguments in order of first appearance and attacks by index, skipping blanks and % comments", () => {
    const parsed = parseFramework("% a comment\narg(b).\n\narg( a ).\natt(b, a).\r\natt(a,a).\n", "apx");
    expect(parsed).toEqual({ arguments: [{ name: "b" }, { name: "a" }], attacks: [[0, 1], [1, 1]], supports: [] });
  });
  it("accepts an attack before the declaration of its arguments", () => {
    expect(parseFramework("att(x,y).\narg(y).\narg(x).\n", "apx").attacks).toEqual([[1, 0]]);
  });
  it("names the line and what was expected", () => {
    expect(parseError("arg(a).\narg(b)\n", "apx")).toMatchObject({ line: 2, found: "arg(b)" });
    expect(parseError("arg(a).\natt(a b).\n", "apx")).toMatchObject({ line: 2, expected: expect.stringContaining("att(FROM,TO)") });
    expect(parseError("arg(a).\narg(a,b).\n", "apx")).toMatchObject({ line: 2, expected: expect.stringContaining("one argument name") });
    expect(parseError("arg(a).\n\natt(a,z).\n", "apx")).toMatchObject({ line: 3, found: "z" });
  });
});

describe("tgf", () => {
  it("reads argument lines (ignoring labels), the # line, then attacks", () => {
    const parsed = parseFramework("1 first argument\n2\n3\n#\n1 2\n2 3\n", "tgf");
    expect(parsed).toEqual({ arguments: [{ name: "1" }, { name: "2" }, { name: "3" }], attacks: [[0, 1], [1, 2]], supports: [] });
  });
  it("allows a framework without attacks", () => {
    expect(parseFramework("a\n#\n", "tgf").arguments).toEqual([{ name: "a" }]);
  });
  it("names the line and what was expected", () => {
    expect(parseError("a\nb\n#\na b c\n", "tgf")).toMatchObject({ line: 4, expected: expect.stringContaining("two argument names") });
    expect(parseError("a\n#\na z\n", "tgf")).toMatchObject({ line: 3, found: "z" });
    expect(parseError("a\nb\n", "tgf")).toMatchObject({ expected: expect.stringContaining("#") });
    expect(parseError("a\n#\n#\n", "tgf")).toMatchObject({ line: 3 });
  });
});

describe("i23", () => {
  it("reads the header, skips # comments, and names the arguments 1..N", () => {
    const parsed = parseFramework("# ICCMA 2023\np af 3\n1 2\n# mid\n3 3\n", "i23");
    expect(parsed).toEqual({ arguments: [{ name: "1" }, { name: "2" }, { name: "3" }], attacks: [[0, 1], [2, 2]], supports: [] });
  });
  it("accepts an empty framework", () => {
    expect(parseFramework("p af 0\n", "i23").arguments).toEqual([]);
  });
  it("names the line and what was expected", () => {
    expect(parseError("1 2\n", "i23")).toMatchObject({ line: 1, expected: expect.stringContaining("p af N") });
    expect(parseError("p af 2\n1 3\n", "i23")).toMatchObject({ line: 2, expected: "argument numbers between 1 and 2" });
    expect(parseError("p af 2\n1 x\n", "i23")).toMatchObject({ line: 2 });
    expect(parseError("p af 2\n0 1\n", "i23")).toMatchObject({ line: 2 });
    expect(parseError("# only comments\n", "i23")).toMatchObject({ expected: "the header p af N" });
  });
});

describe("json", () => {
  it("reads arguments with optional base scores, attacks and supports", () => {
    const text = `{
      "arguments": [{"id": "a", "base": 0.7}, {"id": "b"}, {"id": 3}],
      "attacks": [["a", "b"]],
      "supports": [[3, "a"]]
    }`;
    expect(parseFramework(text, "json")).toEqual({
      arguments: [{ name: "a", base: 0.7 }, { name: "b" }, { name: "3" }],
      attacks: [[0, 1]],
      supports: [[2, 0]],
    });
  });
  it("decodes string escapes", () => {
    expect(parseFramework('{"arguments":[{"id":"\\u00e9\\n\\"x\\""}]}', "json").arguments[0]!.name).toBe('é\n"x"');
  });
  it("names the line of syntax errors", () => {
    expect(parseError('{\n"arguments": [\n{"id": "a"}\n{"id": "b"}]}', "json")).toMatchObject({ line: 4, expected: "',' or ']'" });
    expect(parseError('{"arguments": [{"id": "a}]}', "json")).toMatchObject({ line: 1, expected: "a closing quote" });
    expect(parseError("", "json")).toMatchObject({ line: 1, expected: "a JSON value" });
    expect(parseError('{"arguments": []} extra', "json")).toMatchObject({ expected: "the end of the document" });
  });
  it("names the line of structural errors", () => {
    expect(parseError('{\n"arguments": [\n{"id": "a", "base": 1.5}]}', "json")).toMatchObject({ line: 3, expected: "a base score between 0 and 1" });
    expect(parseError('{\n"arguments": [{"id": "a"}],\n"attacks": [\n["a", "b"]]}', "json")).toMatchObject({ line: 4, found: "b" });
    expect(parseError('{"arguments": [{"id": "a"}, {"id": "a"}]}', "json")).toMatchObject({ expected: "a unique argument id" });
    expect(parseError('{"args": []}', "json")).toMatchObject({ expected: "only the keys arguments, attacks and supports" });
    expect(parseError('{"arguments": [{"name": "a"}]}', "json")).toMatchObject({ expected: "only the keys id and base in an argument" });
    expect(parseError('{"arguments": [{"id": "a"}], "attacks": [["a"]]}', "json")).toMatchObject({ expected: "a pair [from, to] in attacks" });
    expect(parseError("[]", "json")).toMatchObject({ expected: expect.stringContaining("an object") });
  });
});
