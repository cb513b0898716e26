"use client";

import type { MapClaim } from "@/lib/graph/types";
import type { ThesisPath } from "@/lib/graph/path-to-thesis";

interface Props {
  theses: MapClaim[];
  thesisId: string | null;
  onChange: (thesisId: string | null) => void;
  selectedText: string | null;
  path: ThesisPath | null;
}

const short = (text: string, length = 48) => (text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text);

/** Choose a thesis; the chains of edges from the selected claim to it are highlighted on the map. */
export function ThesisPathControl({ theses, thesisId, onChange, selectedText, path }: Props) {
  let status: string | null = null;
  if (thesisId) {
    if (!selectedText) status = "Select a claim to see how it bears on the thesis.";
    else if (!path || path.steps === null) status = `“${short(selectedText, 40)}” does not bear on this thesis: no chain of edges leads there.`;
    else if (path.steps === 0) status = "This is the thesis itself.";
    else status = `${path.steps} step${path.steps === 1 ? "" : "s"} at the shortest; ${path.edges.size} edge${path.edges.size === 1 ? "" : "s"} on the way, highlighted.`;
  }
  return (
    <div className="card thesis-path" data-testid="thesis-path">
      <div className="evaluate-row">
        <label htmlFor="thesis-path-select">Path to thesis</label>
        <select id="thesis-path-select" className="select select-sm" value={thesisId ?? ""} onChange={(e) => onChange(e.target.value || null)}>
          <option value="">Off</option>
          {theses.map((t) => (
            <option key={t.id} value={t.id}>{short(t.text)}</option>
          ))}
        </select>
      </div>
      {status && <p className="faint thesis-path-status" role="status" data-testid="thesis-path-status">{status}</p>}
    </div>
  );
}
