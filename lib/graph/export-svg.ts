/**
 * The exported picture of a map view: the workspace's title on top, the view itself (an image the
 * browser rendered), and a legend drawn as plain SVG shapes and text underneath, so the file explains
 * itself when it travels without the app. Pure string building; the browser supplies the view.
 */
import { EDGE_COLORS, EQUIVALENCE_COLOR, sourceColor, UNSOURCED_COLOR } from "./palette";
import type { MapSource } from "./types";

export interface ExportPicture {
  title: string;
  subtitle: string;
  /** A data: URL of the rendered view, `width` × `height` CSS pixels. */
  viewImage: string;
  width: number;
  height: number;
  sources: readonly Pick<MapSource, "author" | "year" | "colorIndex">[];
  hasUnsourced: boolean;
  /** The view shows "same proposition" lines between claims (the separate equivalence view). */
  equivalenceLines?: boolean;
  /** The view draws long edges as stubs at their cards (big maps, lib/graph/partial-edges.ts). */
  longLinksAsStubs?: boolean;
}

const HEADER = 68;
const ROW = 20;
const FONT = "Inter, system-ui, -apple-system, 'Segoe UI', sans-serif";

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);
}

/** Height of the legend block (edges column and sources column side by side). */
function legendHeight(edgeRows: number, sourceRows: number): number {
  return 28 + Math.max(edgeRows, sourceRows) * ROW + 16;
}

export function exportSvg(picture: ExportPicture): string {
  const { width, height } = picture;
  const sourceRows = [
    ...picture.sources.map((s) => ({ label: `${s.author}${s.year ? `, ${s.year}` : ""}`, color: sourceColor(s.colorIndex) })),
    ...(picture.hasUnsourced ? [{ label: "members' own claims", color: UNSOURCED_COLOR }] : []),
  ];
  const legendTop = HEADER + height + 12;
  const edgeRow = (i: number, label: string, line: string, end: string) =>
    `<g transform="translate(24 ${legendTop + 28 + i * ROW})">${line}${end}<text x="56" y="4" font-size="12.5" fill="#4a4a48">${escapeXml(label)}</text></g>`;
  const edgeRows: [label: string, line: string, end: string][] = [
    ["supports (solid, arrow, +)", `<line x1="0" y1="0" x2="34" y2="0" stroke="${EDGE_COLORS.support}" stroke-width="2"/>`, `<path d="M 34 -5 L 44 0 L 34 5 z" fill="${EDGE_COLORS.support}"/>`],
    ["opposes (dashed, bar, −)", `<line x1="0" y1="0" x2="40" y2="0" stroke="${EDGE_COLORS.oppose}" stroke-width="2" stroke-dasharray="7 5"/>`, `<line x1="42" y1="-6" x2="42" y2="6" stroke="${EDGE_COLORS.oppose}" stroke-width="3" stroke-linecap="round"/>`],
    ["undercuts an edge (dotted, ends on it)", `<line x1="0" y1="0" x2="40" y2="0" stroke="${EDGE_COLORS.undercut}" stroke-width="2" stroke-dasharray="2 4" stroke-linecap="round"/>`, `<line x1="42" y1="-6" x2="42" y2="6" stroke="${EDGE_COLORS.undercut}" stroke-width="3" stroke-linecap="round"/>`],
  ];
  if (picture.equivalenceLines) {
    edgeRows.push([
      "same proposition (double line, =)",
      `<line x1="0" y1="0" x2="44" y2="0" stroke="${EQUIVALENCE_COLOR}" stroke-width="6"/><line x1="0" y1="0" x2="44" y2="0" stroke="#fff" stroke-width="2"/>`,
      `<text x="22" y="4" text-anchor="middle" font-size="11" font-weight="800" fill="#334155" stroke="#fff" stroke-width="3" paint-order="stroke">=</text>`,
    ]);
  }
  if (picture.longLinksAsStubs) {
    edgeRows.push([
      "long link, drawn at its ends",
      `<line x1="0" y1="0" x2="10" y2="0" stroke="${EDGE_COLORS.support}" stroke-width="2"/><line x1="24" y1="0" x2="34" y2="0" stroke="${EDGE_COLORS.support}" stroke-width="2"/>`,
      `<path d="M 34 -5 L 44 0 L 34 5 z" fill="${EDGE_COLORS.support}"/>`,
    ]);
  }
  const total = legendTop + legendHeight(edgeRows.length, sourceRows.length);
  const legend = [
    `<text x="24" y="${legendTop + 14}" font-size="11" font-weight="600" letter-spacing="0.06em" fill="#6b6b66">LEGEND: EDGES</text>`,
    ...edgeRows.map(([label, line, end], i) => edgeRow(i, label, line, end)),
    sourceRows.length > 0 ? `<text x="340" y="${legendTop + 14}" font-size="11" font-weight="600" letter-spacing="0.06em" fill="#6b6b66">SOURCES (CARD COLOUR)</text>` : "",
    ...sourceRows.map(
      (row, i) =>
        `<g transform="translate(340 ${legendTop + 28 + i * ROW})"><rect x="0" y="-5" width="10" height="10" rx="3" fill="${row.color}"/><text x="18" y="4" font-size="12.5" fill="#4a4a48">${escapeXml(row.label)}</text></g>`,
    ),
  ].join("");
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="${FONT}">`,
    `<title>${escapeXml(picture.title)}</title>`,
    `<rect width="100%" height="100%" fill="#f7f6f3"/>`,
    `<text x="24" y="34" font-size="20" font-weight="650" fill="#1f1f1d">${escapeXml(picture.title)}</text>`,
    `<text x="24" y="54" font-size="12.5" fill="#6b6b66">${escapeXml(picture.subtitle)}</text>`,
    `<rect x="0" y="${HEADER - 0.5}" width="${width}" height="${height + 1}" fill="#fbfaf8" stroke="#dcd8cf"/>`,
    `<image x="0" y="${HEADER}" width="${width}" height="${height}" href="${escapeXml(picture.viewImage)}" xlink:href="${escapeXml(picture.viewImage)}"/>`,
    `<g role="list" aria-label="Legend" id="legend">${legend}</g>`,
    `</svg>`,
  ].join("\n");
}

/** A file name from the workspace's title: "Mao-era China: four texts" → "mao-era-china-four-texts-map". */
export function exportFileName(title: string, extension: "png" | "svg"): string {
  const slug = title.toLowerCase().normalize("NFKD").replace(/[^\w\s-]/g, "").trim().replace(/[\s_-]+/g, "-").slice(0, 60) || "agon";
  return `${slug}-map.${extension}`;
}
