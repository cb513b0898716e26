"use client";

import { EQUIVALENCE_COLOR } from "@/lib/graph/palette";
import type { EquivalenceMode } from "@/lib/graph/equivalence";
import "./equivalence.css";

/** Separate cards joined by "=" lines, or one card per proposition; the choice goes into the URL. */
export function EquivalenceToggle({ mode, groups, onChange }: { mode: EquivalenceMode; groups: number; onChange: (mode: EquivalenceMode) => void }) {
  return (
    <div className="equivalence-toggle card" data-testid="equivalence-toggle" title={`${groups} proposition${groups === 1 ? " is" : "s are"} stated by several claims in different words`}>
      <span id="equivalence-toggle-label">
        <span aria-hidden="true">= </span>
        Same proposition ({groups}):
      </span>
      <div role="radiogroup" aria-labelledby="equivalence-toggle-label">
        {(["separate", "merged"] as const).map((value) => (
          <label key={value}>
            <input type="radio" name="equivalence-mode" value={value} checked={mode === value} onChange={() => onChange(value)} />
            {value === "separate" ? "Separate cards" : "One card each"}
          </label>
        ))}
      </div>
    </div>
  );
}

/** The legend's row for the equivalence line (or the merged card), shown while the map has groups. */
export function EquivalenceLegend({ mode }: { mode: EquivalenceMode }) {
  return mode === "separate" ? (
    <span className="legend-row" data-testid="legend-equivalence">
      <svg width="44" height="16" aria-hidden="true">
        <line x1="2" y1="8" x2="42" y2="8" stroke={EQUIVALENCE_COLOR} strokeWidth="6" />
        <line x1="2" y1="8" x2="42" y2="8" stroke="#fff" strokeWidth="2" />
        <text x="22" y="12" textAnchor="middle" fontSize="11" fontWeight="800" fill="#334155" stroke="#fff" strokeWidth="3" paintOrder="stroke">=</text>
      </svg>
      same proposition (double line, =)
    </span>
  ) : (
    <span className="legend-row" data-testid="legend-equivalence">
      <span aria-hidden="true" style={{ fontWeight: 800, width: 44, textAlign: "center" }}>=</span>
      one card per proposition, every wording listed
    </span>
  );
}
