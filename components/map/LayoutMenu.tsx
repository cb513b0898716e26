"use client";

import { useState } from "react";
import { api } from "@/components/ui/api";
import { estimateCardSize, FORCE_MAX_CLAIMS, type LayoutAlgorithm, type Positions } from "@/lib/graph/layout";
import type { WorkspaceMap } from "@/lib/graph/types";

const CHOICES: { value: LayoutAlgorithm; label: string; hint: string }[] = [
  { value: "layered", label: "Top-down tree", hint: "Each conclusion above its reasons: reads best from a thesis down." },
  { value: "radial", label: "Radial", hint: "Theses in the middle, reasons in rings: shows how far each claim is from a thesis." },
  { value: "force", label: "Force", hint: "Edges pull related claims together: for webs with many cross-links." },
];

type RunLayout = (nodes: { id: string; width: number; height: number }[], edges: { id: string; from: string; to: string }[], algorithm: LayoutAlgorithm) => Promise<{ positions: Positions; ms: number }>;

/**
 * "Re-layout": arrange every claim anew (in the layout worker) and save all positions as one
 * change, which Undo reverses. Editors only; the choice of arrangement is remembered per browser.
 */
export function LayoutMenu({ map, runLayout, onDone, onError }: { map: WorkspaceMap; runLayout: RunLayout; onDone: (message: string) => Promise<void>; onError: (message: string) => void }) {
  const [algorithm, setAlgorithm] = useState<LayoutAlgorithm>("layered");
  const [busy, setBusy] = useState(false);
  const tooBigForForce = map.claims.length > FORCE_MAX_CLAIMS;
  const chosen = CHOICES.find((c) => c.value === algorithm)!;

  async function relayout() {
    if (map.claims.length === 0) return;
    setBusy(true);
    try {
      const { positions } = await runLayout(
        map.claims.map((c) => ({ id: c.id, ...estimateCardSize(c.text, c.type === "thesis") })),
        map.edges.map((e) => ({ id: e.id, from: e.from, to: e.to })),
        algorithm,
      );
      const result = await api<{ placed: number }>(`/api/workspaces/${map.workspace.id}/layout`, { body: { algorithm, positions } });
      await onDone(`Re-laid out ${result.placed} claims (${chosen.label.toLowerCase()}). Undo puts them back.`);
    } catch (error) {
      onError(`The map was not re-laid out: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <span className="layout-menu">
      <select aria-label="Arrangement for re-layout" className="select select-sm" value={algorithm} onChange={(e) => setAlgorithm(e.target.value as LayoutAlgorithm)} title={chosen.hint} disabled={busy}>
        {CHOICES.map((c) => (
          <option key={c.value} value={c.value} disabled={c.value === "force" && tooBigForForce}>
            {c.label}
            {c.value === "force" && tooBigForForce ? ` (up to ${FORCE_MAX_CLAIMS} claims)` : ""}
          </option>
        ))}
      </select>
      <button className="btn btn-sm btn-ghost" onClick={() => void relayout()} disabled={busy || map.claims.length === 0} aria-busy={busy} title={`Arrange every claim anew: ${chosen.hint}`}>
        {busy ? "Laying out…" : "Re-layout"}
      </button>
    </span>
  );
}
