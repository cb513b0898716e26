import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildDocx } from "../../support/fixtures/docx";
import { buildPdf } from "../../support/fixtures/pdf";

const ROOT = path.resolve(__dirname, "../../..");
const run = (...args: string[]) => spawnSync("npx", ["tsx", "scripts/agon.ts", ...args], { cwd: ROOT, encoding: "utf8" });
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "agon-cli-formats-"));
const file = (name: string, content: string | Uint8Array) => {
  const target = path.join(dir, name);
  fs.writeFileSync(target, content);
  return target;
};

describe("agon normalize on other formats", () => {
  it("detects PDF and Word files from their contents and prints their normalised text, or JSON with the format", () => {
    const pdf = file("essay.pdf", buildPdf([{ lines: [{ x: 72, y: 700, text: "The state serves the class that" }, { x: 72, y: 686, text: "holds power." }] }]));
    const plain = run("normalize", pdf);
    expect({ status: plain.status, stdout: plain.stdout }).toEqual({ status: 0, stdout: "The state serves the class that holds power.\n" });

    const docx = file("notes", buildDocx({ paragraphs: [{ text: "What the managers said", style: "Heading1" }, { text: "Very little." }] }));
    const json = run("normalize", docx, "--json");
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({
      format: "docx",
      paragraphs: [
        { kind: "heading", level: 1, text: "What the managers said" },
        { kind: "paragraph", text: "Very little." },
      ],
    });
  }, 60_000);

  it("reads a text file as Markdown when told to with --from", () => {
    const result = run("normalize", file("notes.txt", "## Why *this* matters\n\nBecause [it](http://x) does.\n"), "--from", "md");
    expect(result.stdout).toBe("Why this matters\n\nBecause it does.\n");
  }, 30_000);

  it("exits 2 with the import's message and nothing on stdout when a file cannot be read", () => {
    const locked = run("normalize", file("locked.pdf", buildPdf([{ lines: [{ x: 72, y: 700, text: "Secret." }] }], { password: true })));
    expect({ status: locked.status, stdout: locked.stdout }).toEqual({ status: 2, stdout: "" });
    expect(locked.stderr).toMatch(/locked\.pdf: This PDF is password-protected/);
    const wrongFormat = run("normalize", file("plain.txt", "Just words."), "--from", "docx");
    expect({ status: wrongFormat.status, stdout: wrongFormat.stdout }).toEqual({ status: 2, stdout: "" });
    expect(wrongFormat.stderr).toMatch(/not a valid Word document/);
    const unknown = run("normalize", file("x.txt", "x"), "--from", "rtf");
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/--from rtf: choose one of txt, md, html, pdf, docx/);
  }, 60_000);
});
