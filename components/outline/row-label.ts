import type { OutlineRow, OutlineRowKind } from "@/lib/graph/outline";

/** Each kind as an icon and a word, so the outline never relies on colour. */
export const KIND_LABEL: Record<OutlineRowKind, { icon: string; word: string }> = {
  thesis: { icon: "◆", word: "thesis" },
  support: { icon: "+", word: "supports" },
  oppose: { icon: "−", word: "opposes" },
  undercut: { icon: "⊘", word: "objects" },
};

export const kindPhrase = (kind: "support" | "oppose") => (kind === "support" ? "supports" : "opposes");

/** The row's accessible name: what it is, then what it says ("Supports: …", "Jointly opposes: 2 premises"). */
export function rowLabel(row: OutlineRow, text: string, premiseCount: number, referenceDirection: "above" | "below" | null = null): string {
  if (row.shape === "group") return `Jointly ${row.kind === "undercut" ? "objects to the step" : KIND_LABEL[row.kind].word}: ${premiseCount} linked premises`;
  const lead = row.kind === "thesis" ? "Thesis" : row.kind === "undercut" ? "Objects to the step" : row.kind === "support" ? "Supports" : "Opposes";
  return `${lead}: ${text}${referenceDirection ? ` (spelled out ${referenceDirection})` : ""}`;
}
