/**
 * Where to put the map for printing. The on-screen viewport was framed for a wide canvas; a printed
 * page (landscape A4 or Letter, the print stylesheet's margins, no side rail) is narrower, so the
 * screen's framing would cut cards off at the page edge. This frames the shown claims in a box that fits
 * either paper size, centred, never enlarged beyond 1:1. Pure.
 */
export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** CSS pixels a landscape A4 or Letter page leaves for the map below the header at 12 mm margins. */
export const PRINT_BOX = { width: 940, height: 600 } as const;

export function printViewport(bounds: Bounds, box: { width: number; height: number } = PRINT_BOX, margin = 16): { x: number; y: number; zoom: number } {
  const innerWidth = box.width - 2 * margin;
  const innerHeight = box.height - 2 * margin;
  const zoom = bounds.width > 0 && bounds.height > 0 ? Math.min(1, innerWidth / bounds.width, innerHeight / bounds.height) : 1;
  return {
    x: margin + (innerWidth - bounds.width * zoom) / 2 - bounds.x * zoom,
    y: margin + (innerHeight - bounds.height * zoom) / 2 - bounds.y * zoom,
    zoom,
  };
}
