import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../../..");
const run = (...args: string[]) => spawnSync("npx", ["tsx", "scripts/agon.ts", ...args], { cwd: ROOT, encoding: "utf8" });
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "agon-cli-"));
const file = (name: string, content: string) => {
  const target = path.join(dir, name);
  fs.writeFileSync(target, content);
  return target;
};

describe("agon command line", () => {
  it("normalize prints the joined paragraphs, and with --json their original offsets", () => {
    const input = file("wrapped.txt", "A line broken in the\nmiddle of a sentence.\n\nA second paragraph.\n");
    const plain = run("normalize", input);
    expect(plain.status).toBe(0);
    expect(plain.stdout).toBe("A line broken in the middle of a sentence.\n\nA second paragraph.\n");
    const json = JSON.parse(run("normalize", input, "--json").stdout) as { paragraphs: { text: string; originalStart: number }[] };
    expect(json.paragraphs.map((p) => [p.text, p.originalStart])).toEqual([
      ["A line broken in the middle of a sentence.", 0],
      ["A second paragraph.", 44],
    ]);
  }, 30_000);

  it("reanchor places anchors in the new text and reports orphans", () => {
    const before = file("old.txt", "The state serves the ruling class. Workers resist.");
    const after = file("new.txt", "Preface added. The state serves the ruling class. Workers resist.");
    const anchors = file("anchors.json", JSON.stringify([
      { id: "a", exact: "serves the ruling class", prefix: "The state ", suffix: ". Workers", start: 10, end: 33 },
      { id: "gone", exact: "an entirely different sentence", prefix: "", suffix: "", start: 0, end: 30 },
    ]));
    const result = run("reanchor", before, after, anchors);
    expect(result.status).toBe(0);
    const records = JSON.parse(result.stdout) as { id: string; status: string; start: number | null }[];
    expect(records[0]).toMatchObject({ id: "a", status: "exact", start: 25 });
    expect(records[1]).toMatchObject({ id: "gone", status: "orphaned", start: null });
  }, 30_000);

  it("exits 2 with a message and no stdout on bad input", () => {
    const missing = run("normalize", path.join(dir, "missing.txt"));
    expect(missing.status).toBe(2);
    expect(missing.stdout).toBe("");
    expect(missing.stderr).toMatch(/Cannot read/);
    const notJson = run("reanchor", file("o.txt", "x"), file("n.txt", "x"), file("bad.json", "{oops"));
    expect(notJson.status).toBe(2);
    expect(notJson.stderr).toMatch(/not JSON/);
    expect(run("nonsense").status).toBe(2);
  }, 30_000);
});
