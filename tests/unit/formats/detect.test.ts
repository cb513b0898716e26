import { detectFormat } from "@/lib/formats/detect";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("detecting a file's format", () => {
  it("trusts the bytes over the name for binary formats", () => {
    expect(detectFormat(bytes("%PDF-1.7\n..."), "notes.txt")).toEqual({ ok: true, format: "pdf" });
    expect(detectFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), "essay.bin")).toEqual({ ok: true, format: "docx" });
    // A few bytes of junk before the header are allowed, as PDF readers allow them.
    expect(detectFormat(bytes("\n\n  %PDF-1.4"), undefined)).toEqual({ ok: true, format: "pdf" });
  });

  it("uses the name, or the requested format, to choose between text formats", () => {
    expect(detectFormat(bytes("# Title"), "notes.md")).toEqual({ ok: true, format: "md" });
    expect(detectFormat(bytes("<p>x</p>"), "page.HTM")).toEqual({ ok: true, format: "html" });
    expect(detectFormat(bytes("# Title"), "notes.txt", "md")).toEqual({ ok: true, format: "md" });
    expect(detectFormat(bytes("<!DOCTYPE html><html>"), undefined)).toEqual({ ok: true, format: "html" });
    expect(detectFormat(bytes("Plain words."), "README")).toEqual({ ok: true, format: "txt" });
  });

  it("calls a file named .pdf or .docx without the signature damaged", () => {
    expect(detectFormat(bytes("not a pdf"), "paper.pdf")).toMatchObject({ ok: false, code: "MALFORMED", message: expect.stringMatching(/not a valid PDF/) });
    expect(detectFormat(bytes("not a zip"), "paper.docx")).toMatchObject({ ok: false, code: "MALFORMED", message: expect.stringMatching(/not a valid Word document/) });
  });

  it("refuses images, RTF and old Word files with a way forward", () => {
    expect(detectFormat(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), "scan.png")).toMatchObject({ ok: false, code: "UNSUPPORTED", message: expect.stringMatching(/image.*OCR/) });
    expect(detectFormat(bytes("{\\rtf1\\ansi hello}"), "essay.rtf")).toMatchObject({ ok: false, code: "UNSUPPORTED", message: expect.stringMatching(/Rich Text/) });
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]);
    expect(detectFormat(ole, "essay.doc")).toMatchObject({ ok: false, code: "UNSUPPORTED", message: expect.stringMatching(/\.docx or PDF/) });
  });
});
