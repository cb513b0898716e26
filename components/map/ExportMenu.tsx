"use client";

import { toSvg } from "html-to-image";
import { useState } from "react";
import { exportFileName, exportSvg } from "@/lib/graph/export-svg";
import type { WorkspaceMap } from "@/lib/graph/types";

/**
 * Export what the map shows now (the current pan, zoom and filters) as SVG or PNG, with the
 * workspace's title and a legend. html-to-image renders the React Flow viewport, as React Flow's own
 * docs suggest; lib/graph/export-svg.ts frames it.
 */
export function ExportMenu({ map, onError }: { map: WorkspaceMap; onError: (message: string) => void }) {
  const [busy, setBusy] = useState<null | "png" | "svg">(null);

  async function download(kind: "png" | "svg") {
    setBusy(kind);
    try {
      const svg = await pictureOfView(map);
      const blob = kind === "svg" ? new Blob([svg.text], { type: "image/svg+xml" }) : await rasterise(svg.text, svg.width, svg.height);
      const url = URL.createObjectURL(blob);
      const link = document.createElement("a");
      link.href = url;
      link.download = exportFileName(map.workspace.name, kind);
      document.body.append(link);
      link.click();
      link.remove();
      window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      onError(`The export failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(null);
    }
  }

  return (
    <span className="export-menu" role="group" aria-label="Export the current view">
      <button className="btn btn-sm btn-ghost" onClick={() => void download("png")} disabled={busy !== null} aria-busy={busy === "png"} title="Download the current view as a PNG picture, with title and legend">
        {busy === "png" ? "Exporting…" : "PNG"}
      </button>
      <button className="btn btn-sm btn-ghost" onClick={() => void download("svg")} disabled={busy !== null} aria-busy={busy === "svg"} title="Download the current view as an SVG drawing, with title and legend">
        {busy === "svg" ? "Exporting…" : "SVG"}
      </button>
    </span>
  );
}

async function pictureOfView(map: WorkspaceMap) {
  const flow = document.querySelector<HTMLElement>('[data-testid="argument-map"] .react-flow');
  const viewport = flow?.querySelector<HTMLElement>(".react-flow__viewport");
  if (!flow || !viewport) throw new Error("the map is not on the page.");
  const { width, height } = flow.getBoundingClientRect();
  // Edges name their arrowheads by id (url(#agon-arrow-support)); the rendered copy is a document of
  // its own, so the marker definitions travel inside it for the time of the export.
  const markers = document.querySelector("#agon-arrow-support")?.closest("svg")?.cloneNode(true) as SVGSVGElement | undefined;
  if (markers) viewport.prepend(markers);
  let viewImage: string;
  try {
    viewImage = await toSvg(viewport, {
      width,
      height,
      backgroundColor: "#fbfaf8",
      style: { width: `${width}px`, height: `${height}px`, transform: viewport.style.transform },
      // Connection handles are for editing and mean nothing on paper.
      filter: (node) => !(node instanceof HTMLElement && node.classList.contains("react-flow__handle")),
    });
  } finally {
    markers?.remove();
  }
  const shown = flow.querySelectorAll(".react-flow__node-claim").length;
  const when = new Date().toISOString().slice(0, 10);
  const text = exportSvg({
    title: map.workspace.name,
    subtitle: `Argument map · ${shown} of ${map.claims.length} claims in view · exported ${when} from Agon`,
    viewImage,
    width: Math.round(width),
    height: Math.round(height),
    sources: map.sources,
    hasUnsourced: map.claims.some((c) => !c.source),
    equivalenceLines: viewport.querySelector(".react-flow__edge-equivalence") !== null,
    longLinksAsStubs: viewport.querySelector('[data-testid="claim-stub"]') !== null,
  });
  const total = Number(/height="(\d+)"/.exec(text)?.[1] ?? height);
  return { text, width: Math.round(width), height: total };
}

/** Draw the SVG on a canvas at twice the screen's pixels (sharp when printed or zoomed). */
async function rasterise(svg: string, width: number, height: number): Promise<Blob> {
  const image = new Image();
  image.decoding = "sync";
  const loaded = new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error("the picture could not be drawn."));
  });
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await loaded;
  const scale = 2;
  const canvas = document.createElement("canvas");
  canvas.width = width * scale;
  canvas.height = height * scale;
  const context = canvas.getContext("2d");
  if (!context) throw new Error("this browser cannot draw pictures.");
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("the PNG could not be made."))), "image/png"));
}
