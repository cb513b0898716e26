// The command end to end, one spawn per behaviour of the command line itself; the semantics and the
// formats are covered in-process by tests/unit/argumentation/evaluate.test.ts.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../../..");
const run = (...args: string[]) => spawnSync("npx", ["tsx", "scripts/agon.ts", "evaluate", ...args], { cwd: ROOT, encoding: "utf8" });
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "agon-evaluate-"));
/** stderr without npm's own configuration warnings, which depend on the machine, not on agon. */
const ownStderr = (stderr: string) => stderr.split("\n").filter((line) => line !== "" && !line.startsWith("npm warn"));
const file = (name: string, content: string) => {
  const target = path.join(dir, name);
  fs.writeFileSync(target, content);
  return target;
};

describe("agon evaluate", () => {
  it("grounded on apx prints the extension in order of appearance", () => {
    const result = run("--semantics", "grounded", "--format", "apx", file("chain.apx", "arg(a).\narg(b).\narg(c).\natt(a,b).\natt(b,c).\n"));
    expect(ownStderr(result.stderr)).toEqual([]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe("[a,c]\n");
  }, 30_000);

  it("preferred on i23 prints every extension, and --accept answers YES or NO", () => {
    const framework = file("cycle.i23", "p af 3\n# 1 and 2 attack each other, 2 attacks 3\n1 2\n2 1\n2 3\n");
    const all = run("--semantics", "preferred", "--format", "i23", framework);
    expect([all.status, all.stdout]).toEqual([0, "[[1,3],[2]]\n"]);
    const sceptical = run("--semantics", "preferred", "--accept", "3", "--mode", "skept", "--format", "i23", framework);
    expect([sceptical.status, sceptical.stdout]).toEqual([0, "NO\n"]);
  }, 30_000);

  it("stable on tgf prints [] when there is no stable extension", () => {
    const result = run("--semantics", "stable", "--format", "tgf", file("odd.tgf", "a\nb\nc\n#\na b\nb c\nc a\n"));
    expect([result.status, result.stdout]).toEqual([0, "[]\n"]);
  }, 30_000);

  it("a gradual semantics on json prints the strengths as a JSON object", () => {
    const graph = file("bipolar.json", JSON.stringify({ arguments: [{ id: "a", base: 1 }, { id: "b" }], attacks: [["a", "b"]] }));
    const result = run("--semantics", "qe", "--format", "json", graph);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ a: 1, b: 0.25 });
  }, 30_000);

  it("malformed input exits 2 with file and line on stderr and nothing on stdout", () => {
    const bad = file("bad.apx", "arg(a).\narg(b).\natt(a;b).\n");
    const result = run("--semantics", "grounded", "--format", "apx", bad);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(`${bad}:3: expected`);
    const badJson = file("bad.json", '{\n  "arguments": [{"id": "a", "base": 2}]\n}');
    const json = run("--semantics", "euler", "--format", "json", badJson);
    expect([json.status, json.stdout]).toEqual([2, ""]);
    expect(json.stderr).toContain(`${badJson}:2: expected a base score between 0 and 1`);
  }, 30_000);

  it("bad flags exit 2 and say what is wrong", () => {
    const framework = file("one.apx", "arg(a).\n");
    const result = run("--semantics", "ideal", "--format", "apx", framework);
    expect([result.status, result.stdout]).toEqual([2, ""]);
    expect(result.stderr).toMatch(/--semantics ideal: expected one of grounded, complete/);
  }, 30_000);

  it("a gradual semantics that does not converge exits 1 with a report and nothing on stdout", () => {
    const graph = file(
      "slow.json",
      JSON.stringify({ arguments: [{ id: "a", base: 0.5 }, { id: "b", base: 0 }], attacks: [["b", "a"]], supports: [["b", "b"], ["a", "b"]] }),
    );
    const result = run("--semantics", "dfquad", "--format", "json", graph);
    expect([result.status, result.stdout]).toEqual([1, ""]);
    expect(result.stderr).toMatch(/dfquad did not converge on .*slow\.json \(30000 iterations/);
  }, 30_000);
});
