"use client";

import { useEffect, useState } from "react";
import { api } from "@/components/ui/api";
import type { EquivalentSuggestion } from "@/lib/suggest/equivalent-claims";
import "@/components/map/equivalence.css";

/** Existing claims worded like `text`, asked for once the typing pauses (and for the first words at once). */
export function useEquivalentSuggestions(workspaceId: string, text: string): EquivalentSuggestion[] {
  const [suggestions, setSuggestions] = useState<EquivalentSuggestion[]>([]);
  useEffect(() => {
    const words = text.trim();
    if (!words) {
      setSuggestions([]);
      return;
    }
    let cancelled = false;
    const timer = window.setTimeout(() => {
      api<{ suggestions: EquivalentSuggestion[] }>(`/api/workspaces/${workspaceId}/equivalences/candidates?text=${encodeURIComponent(words.slice(0, 2000))}`)
        .then((result) => !cancelled && setSuggestions(result.suggestions))
        // Suggestions only help; the claim can be made without them.
        .catch(() => !cancelled && setSuggestions([]));
    }, 300);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [workspaceId, text]);
  return suggestions;
}

/**
 * Before a claim is made: existing claims that look like the same proposition, each with its author,
 * so the reader can join one instead of making a duplicate ("Mark as same proposition") or go on.
 */
export function EquivalentSuggestions({ suggestions, busy, onSameAs }: { suggestions: EquivalentSuggestion[]; busy: boolean; onSameAs: (claimId: string) => void }) {
  if (suggestions.length === 0) return null;
  return (
    <section className="equivalent-suggestions" aria-labelledby="equivalent-suggestions-title" data-testid="equivalent-suggestions">
      <h3 id="equivalent-suggestions-title">
        <span aria-hidden="true" className="equivalence-mark">= </span>
        Already on the map in other words?
      </h3>
      <p className="hint">These claims share rare words with yours. If one states the same proposition, mark it so: the new claim is made and joined to it.</p>
      <ul className="equivalence-list">
        {suggestions.map((s) => (
          <li key={s.id} data-testid="equivalent-suggestion">
            <span className="equivalence-who">
              {s.source ? `${s.source.author}${s.source.year ? ` ${s.source.year}` : ""}` : "Members' own claim"} · shares “{s.shared.slice(0, 4).join("”, “")}”
            </span>
            <span>{s.text}</span>
            <button type="button" className="btn btn-sm" disabled={busy} onClick={() => onSameAs(s.id)} aria-label={`Mark as same proposition as “${s.text.slice(0, 60)}”`}>
              Mark as same proposition
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
