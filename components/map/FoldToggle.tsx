"use client";

import { createContext, useContext } from "react";

/** Collapses or expands a claim's reasons; provided by ArgumentMap so cards need no callback in their data. */
export const FoldContext = createContext<(claimId: string) => void>(() => {});

export interface FoldState {
  collapsed: boolean;
  /** Claims folded into this one while collapsed. */
  hiddenCount: number;
}

/** At a card's foot: "Collapse reasons", or on a collapsed card how many it hides and "Expand". */
export function FoldToggle({ claimId, fold }: { claimId: string; fold: FoldState }) {
  const toggle = useContext(FoldContext);
  return (
    <button
      type="button"
      className={`fold-toggle nodrag${fold.collapsed ? " is-collapsed" : ""}`}
      aria-expanded={!fold.collapsed}
      data-testid="fold-toggle"
      onClick={(event) => {
        // The card would otherwise take the click as a selection.
        event.stopPropagation();
        toggle(claimId);
      }}
      onKeyDown={(event) => {
        // Enter and Space press this button; React Flow's card would also take them as "select".
        if (event.key === "Enter" || event.key === " ") event.stopPropagation();
      }}
    >
      <span aria-hidden="true">{fold.collapsed ? "▸" : "▾"}</span>{" "}
      {fold.collapsed ? `${fold.hiddenCount} hidden · Expand` : "Collapse reasons"}
    </button>
  );
}
