import { safeReturnPath } from "@/lib/return-path";

describe("safeReturnPath", () => {
  it("follows same-site paths", () => {
    expect(safeReturnPath("/invite/abc")).toBe("/invite/abc");
    expect(safeReturnPath("/w/1/map?focus=2")).toBe("/w/1/map?focus=2");
  });
  it("refuses other hosts, protocol-relative and backslash tricks, and falls back to the workspace list", () => {
    for (const bad of ["https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)", "", null, undefined]) {
      expect(safeReturnPath(bad)).toBe("/workspaces");
    }
  });
});
