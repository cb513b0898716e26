import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../../..");
const run = (...args: string[]) => spawnSync("npx", ["tsx", "scripts/agon.ts", ...args], { cwd: ROOT, encoding: "utf8" });
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "agon-suggest-cli-"));

const ESSAY = [
  "Introduction",
  "",
  "The mills of the city changed hands many times after the war. I argue that the committees, not the managers, held real power in the mills.",
  "",
  "The Record",
  "",
  "The weather that winter was cold and the rivers froze near the docks for several weeks.",
  "",
  "Conclusion",
  "",
  "The committees therefore decided every question of weight in the mills, and the managers only carried out their decisions.",
].join("\n");

describe("agon suggest", () => {
  it("prints the ranked sentences with their reasons, and with --json their offsets in the normalised text", () => {
    const input = path.join(dir, "essay.txt");
    fs.writeFileSync(input, ESSAY);
    const plain = run("suggest", input, "--top", "2");
    expect(plain.status).toBe(0);
    const lines = plain.stdout.trim().split("\n");
    expect(lines).toHaveLength(4);
    expect(plain.stdout).toContain("I argue that the committees");
    expect(plain.stdout).toContain("conclusion section");

    const json = JSON.parse(run("suggest", input, "--json").stdout) as { start: number; end: number; sentence: string; reasons: string[] }[];
    expect(json.length).toBeGreaterThanOrEqual(2);
    const normalized = run("normalize", input).stdout;
    for (const s of json) expect(normalized.slice(s.start, s.end)).toBe(s.sentence);
  }, 60_000);

  it("exits 2 with a message and nothing on stdout for a bad --top or a missing file", () => {
    const bad = run("suggest", path.join(dir, "essay.txt"), "--top", "zero");
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toMatch(/--top zero/);
    const missing = run("suggest", path.join(dir, "missing.txt"));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/Cannot read/);
  }, 60_000);
});
