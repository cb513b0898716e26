import { PRINT_BOX, printViewport } from "@/lib/graph/print-fit";

/** Where a bounds rectangle lands on the page under a viewport. */
const onPage = (b: { x: number; y: number; width: number; height: number }, v: { x: number; y: number; zoom: number }) => ({
  left: b.x * v.zoom + v.x,
  top: b.y * v.zoom + v.y,
  right: (b.x + b.width) * v.zoom + v.x,
  bottom: (b.y + b.height) * v.zoom + v.y,
});

describe("printViewport", () => {
  it("shrinks a wide map to fit the page, centred, inside the margins", () => {
    const bounds = { x: -300, y: 40, width: 3000, height: 900 };
    const v = printViewport(bounds);
    const box = onPage(bounds, v);
    expect(v.zoom).toBeCloseTo((PRINT_BOX.width - 32) / 3000);
    expect(box.left).toBeCloseTo(16);
    expect(box.right).toBeCloseTo(PRINT_BOX.width - 16);
    expect(box.top).toBeGreaterThanOrEqual(16);
    expect(box.bottom).toBeLessThanOrEqual(PRINT_BOX.height - 16);
    expect((box.top + box.bottom) / 2).toBeCloseTo(PRINT_BOX.height / 2);
  });

  it("fits a tall map by its height and never enlarges a small one", () => {
    const tall = { x: 0, y: 0, width: 400, height: 2000 };
    expect(onPage(tall, printViewport(tall)).bottom).toBeCloseTo(PRINT_BOX.height - 16);
    const small = { x: 100, y: 100, width: 300, height: 100 };
    const v = printViewport(small);
    expect(v.zoom).toBe(1);
    const box = onPage(small, v);
    expect((box.left + box.right) / 2).toBeCloseTo(PRINT_BOX.width / 2);
  });

  it("leaves an empty map at 1:1", () => {
    expect(printViewport({ x: 0, y: 0, width: 0, height: 0 }).zoom).toBe(1);
  });
});
