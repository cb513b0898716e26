/**
 * Colours that carry meaning on the map, from the Okabe–Ito colour-blind-safe set. Edge kinds take
 * two hues of their own; sources cycle through the rest. Colour always has a second cue (line style,
 * arrowhead, label), so the map still reads in greyscale.
 */
export const EDGE_COLORS = { support: "#00795a", oppose: "#c24a00", undercut: "#5b3a8c" } as const;
/** The equivalence line between claims stating one proposition (drawn double, so not colour alone). */
export const EQUIVALENCE_COLOR = "#475569";

export const SOURCE_COLORS = ["#0072B2", "#E69F00", "#CC79A7", "#56B4E9", "#8a7a00", "#6f4e9b", "#5e5e5e", "#b8860b"] as const;

/** Colour for unsourced claims (a member's own thesis). */
export const UNSOURCED_COLOR = "#9aa0a6";

export function sourceColor(colorIndex: number | null | undefined): string {
  if (colorIndex === null || colorIndex === undefined) return UNSOURCED_COLOR;
  return SOURCE_COLORS[((colorIndex % SOURCE_COLORS.length) + SOURCE_COLORS.length) % SOURCE_COLORS.length]!;
}
