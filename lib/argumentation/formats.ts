/**
 * Readers for the framework formats of ICCMA (apx, tgf, i23) and a JSON format for bipolar graphs.
 *
 * - apx: one statement per line, `arg(a).` or `att(a,b).`; blank lines and `%` comments are skipped.
 *   An attack may come before the declaration of its arguments, but every argument must be declared.
 * - tgf: argument lines (the first word is the name, any further words are a label and ignored),
 *   then a line `#`, then attack lines `a b`.
 * - i23 (ICCMA 2023): a header `p af N`, then attack lines `i j` with 1 <= i, j <= N; lines starting
 *   with `#` are comments. The arguments are named 1..N.
 * - json: `{"arguments": [{"id": "a", "base": 0.7}], "attacks": [["a","b"]], "supports": [["b","c"]]}`;
 *   `base` (in [0, 1]), `attacks` and `supports` are optional; ids are strings or numbers.
 *
 * Arguments are numbered in order of first appearance. Every error is a FrameworkParseError carrying
 * the 1-based line and what was expected there.
 */

export type FrameworkFormat = "apx" | "tgf" | "i23" | "json";

export interface ParsedFramework {
  /** Argument names in order of first appearance, with the base score when the input gave one. */
  arguments: { name: string; base?: number }[];
  /** Pairs of indices into `arguments`. */
  attacks: [number, number][];
  supports: [number, number][];
}

export class FrameworkParseError extends Error {
  constructor(
    /** 1-based line of the input where the problem is. */
    readonly line: number,
    /** What the reader expected there, in words. */
    readonly expected: string,
    /** The offending text, when there is something to show. */
    readonly found?: string,
  ) {
    super(`line ${line}: expected ${expected}${found === undefined ? "" : `, found ${JSON.stringify(found)}`}`);
    this.name = "FrameworkParseError";
  }
}

export function parseFramework(text: string, format: FrameworkFormat): ParsedFramework {
  switch (format) {
    case "apx":
      return parseApx(text);
    case "tgf":
      return parseTgf(text);
    case "i23":
      return parseI23(text);
    case "json":
      return parseJsonFramework(text);
  }
}

/** Collects names in order of first appearance. */
class NameTable {
  readonly arguments: { name: string; base?: number }[] = [];
  private readonly index = new Map<string, number>();
  add(name: string): number {
    const known = this.index.get(name);
    if (known !== undefined) return known;
    this.index.set(name, this.arguments.length);
    this.arguments.push({ name });
    return this.arguments.length - 1;
  }
  get(name: string): number | undefined {
    return this.index.get(name);
  }
}

function lines(text: string): string[] {
  return text.split(/\r?\n/);
}

const APX_STATEMENT = /^(arg|att)\s*\(([^()]*)\)\s*\.$/;
const APX_NAME = /^[^\s(),]+$/;
// The common, well-formed lines in one match each; anything else goes through the slower checks that
// explain what is wrong.
const APX_ARG = /^arg\(\s*([^\s(),]+)\s*\)\s*\.$/;
const APX_ATT = /^att\(\s*([^\s(),]+)\s*,\s*([^\s(),]+)\s*\)\s*\.$/;

function parseApx(text: string): ParsedFramework {
  const names = new NameTable();
  const pendingAttacks: { from: string; to: string; line: number }[] = [];
  const all = lines(text);
  for (let i = 0; i < all.length; i++) {
    const line = i + 1;
    const content = all[i]!.trim();
    if (content === "" || content.startsWith("%")) continue;
    const attack = APX_ATT.exec(content);
    if (attack) {
      pendingAttacks.push({ from: attack[1]!, to: attack[2]!, line });
      continue;
    }
    const argument = APX_ARG.exec(content);
    if (argument) {
      names.add(argument[1]!);
      continue;
    }
    const match = APX_STATEMENT.exec(content);
    if (!match) throw new FrameworkParseError(line, "one statement arg(NAME). or att(FROM,TO). per line", content);
    const parts = match[2]!.split(",").map((part) => part.trim());
    if (match[1] === "arg") {
      if (parts.length !== 1 || !APX_NAME.test(parts[0]!)) throw new FrameworkParseError(line, "exactly one argument name in arg(NAME)", content);
      names.add(parts[0]!);
    } else {
      if (parts.length !== 2 || !parts.every((p) => APX_NAME.test(p))) {
        throw new FrameworkParseError(line, "two argument names separated by a comma in att(FROM,TO)", content);
      }
      pendingAttacks.push({ from: parts[0]!, to: parts[1]!, line });
    }
  }
  const attacks: [number, number][] = pendingAttacks.map(({ from, to, line }) => {
    const f = names.get(from);
    const t = names.get(to);
    if (f === undefined) throw new FrameworkParseError(line, `an argument declared by arg(NAME) in att`, from);
    if (t === undefined) throw new FrameworkParseError(line, `an argument declared by arg(NAME) in att`, to);
    return [f, t];
  });
  return { arguments: names.arguments, attacks, supports: [] };
}

function parseTgf(text: string): ParsedFramework {
  const names = new NameTable();
  const attacks: [number, number][] = [];
  const all = lines(text);
  let inAttacks = false;
  for (let i = 0; i < all.length; i++) {
    const line = i + 1;
    const content = all[i]!.trim();
    if (content === "") continue;
    if (content === "#") {
      if (inAttacks) throw new FrameworkParseError(line, "an attack line FROM TO (the # separator appears only once)", content);
      inAttacks = true;
      continue;
    }
    const words = content.split(/\s+/);
    if (!inAttacks) {
      names.add(words[0]!);
      continue;
    }
    if (words.length !== 2) throw new FrameworkParseError(line, "an attack line with two argument names FROM TO", content);
    const [from, to] = words.map((w) => names.get(w));
    if (from === undefined) throw new FrameworkParseError(line, "an argument listed before the # line", words[0]);
    if (to === undefined) throw new FrameworkParseError(line, "an argument listed before the # line", words[1]);
    attacks.push([from, to]);
  }
  if (!inAttacks) throw new FrameworkParseError(all.length + (text.endsWith("\n") ? 0 : 1), "a line # separating the arguments from the attacks");
  return { arguments: names.arguments, attacks, supports: [] };
}

const POSITIVE_INTEGER = /^[1-9][0-9]*$/;

function parseI23(text: string): ParsedFramework {
  const all = lines(text);
  let count = -1;
  const attacks: [number, number][] = [];
  for (let i = 0; i < all.length; i++) {
    const line = i + 1;
    const content = all[i]!.trim();
    if (content === "" || content.startsWith("#")) continue;
    const words = content.split(/\s+/);
    if (count < 0) {
      if (words.length !== 3 || words[0] !== "p" || words[1] !== "af" || !/^(0|[1-9][0-9]*)$/.test(words[2]!)) {
        throw new FrameworkParseError(line, "the header p af N (N the number of arguments)", content);
      }
      count = Number(words[2]);
      continue;
    }
    if (words.length !== 2 || !POSITIVE_INTEGER.test(words[0]!) || !POSITIVE_INTEGER.test(words[1]!)) {
      throw new FrameworkParseError(line, `an attack line i j with 1 <= i, j <= ${count}`, content);
    }
    const from = Number(words[0]);
    const to = Number(words[1]);
    if (from > count || to > count) throw new FrameworkParseError(line, `argument numbers between 1 and ${count}`, content);
    attacks.push([from - 1, to - 1]);
  }
  if (count < 0) throw new FrameworkParseError(Math.max(all.length, 1), "the header p af N");
  const args = Array.from({ length: count }, (_, i) => ({ name: String(i + 1) }));
  return { arguments: args, attacks, supports: [] };
}

// ---- JSON ----------------------------------------------------------------------------------------
// JSON.parse reports positions, not lines, and loses where each value was; this small reader keeps the
// line of every value so that structural errors ("base must be in [0, 1]") can name their line too.

type JsonNode =
  | { kind: "object"; line: number; entries: Map<string, JsonNode> }
  | { kind: "array"; line: number; items: JsonNode[] }
  | { kind: "string"; line: number; value: string }
  | { kind: "number"; line: number; value: number }
  | { kind: "literal"; line: number; value: boolean | null };

class JsonReader {
  private position = 0;
  private line = 1;

  constructor(private readonly text: string) {}

  readDocument(): JsonNode {
    const value = this.readValue();
    this.skipWhitespace();
    if (this.position < this.text.length) this.fail("the end of the document");
    return value;
  }

  private fail(expected: string): never {
    const rest = this.text.slice(this.position);
    const found = rest === "" ? "end of input" : rest.split(/\r?\n/)[0]!.slice(0, 20);
    throw new FrameworkParseError(this.line, expected, found);
  }

  private skipWhitespace(): void {
    for (;;) {
      const c = this.text[this.position];
      if (c === "\n") this.line++;
      else if (c !== " " && c !== "\t" && c !== "\r") return;
      this.position++;
    }
  }

  private readValue(): JsonNode {
    this.skipWhitespace();
    const line = this.line;
    const c = this.text[this.position];
    if (c === "{") return this.readObject();
    if (c === "[") return this.readArray();
    if (c === '"') return { kind: "string", line, value: this.readString() };
    if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) return this.readNumber();
    for (const [word, value] of [["true", true], ["false", false], ["null", null]] as const) {
      if (this.text.startsWith(word, this.position)) {
        this.position += word.length;
        return { kind: "literal", line, value };
      }
    }
    return this.fail("a JSON value");
  }

  private readObject(): JsonNode {
    const line = this.line;
    this.position++; // {
    const entries = new Map<string, JsonNode>();
    this.skipWhitespace();
    if (this.text[this.position] === "}") {
      this.position++;
      return { kind: "object", line, entries };
    }
    for (;;) {
      this.skipWhitespace();
      if (this.text[this.position] !== '"') this.fail("a quoted key");
      const key = this.readString();
      this.skipWhitespace();
      if (this.text[this.position] !== ":") this.fail("':' after a key");
      this.position++;
      entries.set(key, this.readValue());
      this.skipWhitespace();
      const c = this.text[this.position];
      this.position++;
      if (c === "}") return { kind: "object", line, entries };
      if (c !== ",") {
        this.position--;
        this.fail("',' or '}'");
      }
    }
  }

  private readArray(): JsonNode {
    const line = this.line;
    this.position++; // [
    const items: JsonNode[] = [];
    this.skipWhitespace();
    if (this.text[this.position] === "]") {
      this.position++;
      return { kind: "array", line, items };
    }
    for (;;) {
      items.push(this.readValue());
      this.skipWhitespace();
      const c = this.text[this.position];
      this.position++;
      if (c === "]") return { kind: "array", line, items };
      if (c !== ",") {
        this.position--;
        this.fail("',' or ']'");
      }
    }
  }

  private readString(): string {
    this.position++; // opening quote
    let out = "";
    for (;;) {
      const c = this.text[this.position];
      if (c === undefined || c === "\n") this.fail("a closing quote");
      if (c === '"') {
        this.position++;
        return out;
      }
      if (c < " ") this.fail("no control character inside a string");
      if (c !== "\\") {
        out += c;
        this.position++;
        continue;
      }
      const escape = this.text[this.position + 1];
      const simple: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
      if (escape !== undefined && escape in simple) {
        out += simple[escape];
        this.position += 2;
      } else if (escape === "u" && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.position + 2, this.position + 6))) {
        out += String.fromCharCode(parseInt(this.text.slice(this.position + 2, this.position + 6), 16));
        this.position += 6;
      } else {
        this.position++;
        this.fail("a valid escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)");
      }
    }
  }

  private readNumber(): JsonNode {
    const line = this.line;
    const pattern = /-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/y;
    pattern.lastIndex = this.position;
    const match = pattern.exec(this.text);
    if (!match) this.fail("a number");
    this.position += match[0].length;
    return { kind: "number", line, value: Number(match[0]) };
  }
}

function parseJsonFramework(text: string): ParsedFramework {
  const root = new JsonReader(text).readDocument();
  if (root.kind !== "object") throw new FrameworkParseError(root.line, "an object {arguments, attacks?, supports?}");
  for (const [key, value] of root.entries) {
    if (key !== "arguments" && key !== "attacks" && key !== "supports") {
      throw new FrameworkParseError(value.line, "only the keys arguments, attacks and supports", key);
    }
  }
  const argumentList = root.entries.get("arguments");
  if (!argumentList) throw new FrameworkParseError(root.line, 'a key "arguments"');
  if (argumentList.kind !== "array") throw new FrameworkParseError(argumentList.line, "arguments to be an array of {id, base?}");
  const names = new NameTable();
  for (const item of argumentList.items) {
    if (item.kind !== "object") throw new FrameworkParseError(item.line, "an argument object {id, base?}");
    for (const [key, value] of item.entries) {
      if (key !== "id" && key !== "base") throw new FrameworkParseError(value.line, "only the keys id and base in an argument", key);
    }
    const id = item.entries.get("id");
    if (!id) throw new FrameworkParseError(item.line, 'an "id" in every argument');
    const name = idText(id);
    if (names.get(name) !== undefined) throw new FrameworkParseError(id.line, "a unique argument id", name);
    const index = names.add(name);
    const base = item.entries.get("base");
    if (base) {
      if (base.kind !== "number" || !(base.value >= 0 && base.value <= 1)) {
        throw new FrameworkParseError(base.line, "a base score between 0 and 1", base.kind === "number" ? String(base.value) : base.kind);
      }
      names.arguments[index]!.base = base.value;
    }
  }
  const pairs = (key: string): [number, number][] => {
    const list = root.entries.get(key);
    if (!list) return [];
    if (list.kind !== "array") throw new FrameworkParseError(list.line, `${key} to be an array of [from, to] pairs`);
    return list.items.map((pair) => {
      if (pair.kind !== "array" || pair.items.length !== 2) throw new FrameworkParseError(pair.line, `a pair [from, to] in ${key}`);
      return pair.items.map((end) => {
        const name = idText(end);
        const index = names.get(name);
        if (index === undefined) throw new FrameworkParseError(end.line, `an id listed in arguments (in ${key})`, name);
        return index;
      }) as [number, number];
    });
  };
  return { arguments: names.arguments, attacks: pairs("attacks"), supports: pairs("supports") };
}

function idText(node: JsonNode): string {
  if (node.kind === "string") return node.value;
  if (node.kind === "number") return String(node.value);
  throw new FrameworkParseError(node.line, "an argument id (a string or a number)");
}
