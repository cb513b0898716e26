"use client";

import { useEffect, useState } from "react";
import { EDGE_COLORS, sourceColor, UNSOURCED_COLOR } from "@/lib/graph/palette";
import type { MapSource } from "@/lib/graph/types";

export function MapMarkers() {
  return (
    <svg style={{ position: "absolute", width: 0, height: 0 }} aria-hidden="true">
      <defs>
        <marker id="agon-arrow-support" viewBox="0 0 12 12" refX="11" refY="6" markerWidth="12" markerHeight="12" markerUnits="userSpaceOnUse" orient="auto-start-reverse">
          <path d="M 1 1 L 11 6 L 1 11 z" fill={EDGE_COLORS.support} />
        </marker>
        <marker id="agon-bar-undercut" viewBox="0 0 8 16" refX="5" refY="8" markerWidth="8" markerHeight="16" markerUnits="userSpaceOnUse" orient="auto-start-reverse">
          <path d="M 5 1 L 5 15" stroke={EDGE_COLORS.undercut} strokeWidth="3" strokeLinecap="round" />
        </marker>
        <marker id="agon-bar-oppose" viewBox="0 0 8 16" refX="5" refY="8" markerWidth="8" markerHeight="16" markerUnits="userSpaceOnUse" orient="auto-start-reverse">
          <path d="M 5 1 L 5 15" stroke={EDGE_COLORS.oppose} strokeWidth="3" strokeLinecap="round" />
        </marker>
      </defs>
    </svg>
  );
}

/** `children`: rows for an overlay in use (the evaluation). */
export function Legend({ sources, hasUnsourced, longEdgesAsStubs = false, children }: { sources: MapSource[]; hasUnsourced: boolean; longEdgesAsStubs?: boolean; children?: React.ReactNode }) {
  const [collapsed, setCollapsed] = useLegendCollapsed();
  return (
    <div className={`card legend${collapsed ? " collapsed" : ""}`} role="group" aria-label="Legend" data-testid="map-legend">
      <button
        type="button"
        className="legend-toggle"
        aria-expanded={!collapsed}
        aria-controls="map-legend-body"
        onClick={() => setCollapsed(!collapsed)}
        title={collapsed ? "Show the legend" : "Fold the legend away to see the cards beneath it"}
      >
        <span>Legend</span>
        <span aria-hidden="true">{collapsed ? "▸" : "▾"}</span>
      </button>
      {/* The rows stay in the document when folded (hidden by CSS), so printing shows them. */}
      <div className="legend-body" id="map-legend-body">
      <span className="legend-title">Edges</span>
      <span className="legend-row">
        <svg width="44" height="12" aria-hidden="true">
          <line x1="2" y1="6" x2="32" y2="6" stroke={EDGE_COLORS.support} strokeWidth="2" />
          <path d="M 32 1 L 42 6 L 32 11 z" fill={EDGE_COLORS.support} />
        </svg>
        supports (solid, arrow, +)
      </span>
      <span className="legend-row">
        <svg width="44" height="14" aria-hidden="true">
          <line x1="2" y1="7" x2="38" y2="7" stroke={EDGE_COLORS.oppose} strokeWidth="2" strokeDasharray="7 5" />
          <line x1="40" y1="1" x2="40" y2="13" stroke={EDGE_COLORS.oppose} strokeWidth="3" strokeLinecap="round" />
        </svg>
        opposes (dashed, bar, −)
      </span>
      <span className="legend-row">
        <svg width="44" height="14" aria-hidden="true">
          <line x1="2" y1="7" x2="38" y2="7" stroke={EDGE_COLORS.undercut} strokeWidth="2" strokeDasharray="2 4" strokeLinecap="round" />
          <line x1="40" y1="1" x2="40" y2="13" stroke={EDGE_COLORS.undercut} strokeWidth="3" strokeLinecap="round" />
        </svg>
        undercuts an edge (dotted, ends on it)
      </span>
      {longEdgesAsStubs && (
        <span className="legend-row" data-testid="legend-long-links">
          <svg width="44" height="12" aria-hidden="true">
            <line x1="2" y1="6" x2="12" y2="6" stroke={EDGE_COLORS.support} strokeWidth="2" />
            <line x1="22" y1="6" x2="32" y2="6" stroke={EDGE_COLORS.support} strokeWidth="2" />
            <path d="M 32 1 L 42 6 L 32 11 z" fill={EDGE_COLORS.support} />
          </svg>
          long link, drawn at its ends (select a claim to draw its links whole)
        </span>
      )}
      {children}
      {(sources.length > 0 || hasUnsourced) && <span className="legend-title" style={{ marginTop: 4 }}>Sources</span>}
      <div className="legend-sources">
        {sources.map((s) => (
          <span className="legend-row" key={s.id}>
            <span className="swatch" style={{ background: sourceColor(s.colorIndex) }} aria-hidden="true" />
            {s.author}
            {s.year ? `, ${s.year}` : ""}
          </span>
        ))}
        {hasUnsourced && (
          <span className="legend-row">
            <span className="swatch" style={{ background: UNSOURCED_COLOR }} aria-hidden="true" />
            members&apos; own claims
          </span>
        )}
      </div>
      </div>
    </div>
  );
}

const LEGEND_STORAGE_KEY = "agon.map.legendCollapsed";

/**
 * Whether the reader folded the legend away, remembered in this browser: once someone knows the
 * symbols, the legend only hides cards in the map's corner. Read after mounting, so the server's
 * HTML (always open) and the first client render agree.
 */
function useLegendCollapsed(): [boolean, (next: boolean) => void] {
  const [collapsed, setCollapsedState] = useState(false);
  useEffect(() => {
    try {
      if (window.localStorage.getItem(LEGEND_STORAGE_KEY) === "true") setCollapsedState(true);
    } catch {
      // Storage can be unavailable (private modes); the legend then simply starts open.
    }
  }, []);
  const setCollapsed = (next: boolean) => {
    setCollapsedState(next);
    try {
      window.localStorage.setItem(LEGEND_STORAGE_KEY, String(next));
    } catch {
      // Not remembered; the choice still holds for this page.
    }
  };
  return [collapsed, setCollapsed];
}

/** Rows for the outlines the map draws while a search or a path to a thesis is shown. */
export function HighlightLegend({ search, path }: { search: boolean; path: boolean }) {
  return (
    <>
      <span className="legend-title" style={{ marginTop: 4 }}>Highlights</span>
      {search && (
        <span className="legend-row" data-testid="legend-search">
          <span className="swatch swatch-outline" style={{ borderColor: "#e6b800" }} aria-hidden="true" />
          matches the search (yellow outline)
        </span>
      )}
      {path && (
        <span className="legend-row" data-testid="legend-path">
          <span className="swatch swatch-outline" style={{ borderColor: "var(--accent)" }} aria-hidden="true" />
          on the path to the thesis (outlined; the rest faded)
        </span>
      )}
    </>
  );
}
