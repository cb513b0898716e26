"use client";

import { useId, useMemo, useState } from "react";
import { api } from "@/components/ui/api";
import { equivalentsOf } from "@/lib/graph/equivalence";
import type { ClaimWording, MapClaim, MapSource, WorkspaceMap } from "@/lib/graph/types";
import { rankEquivalentClaims } from "@/lib/suggest/equivalent-claims";
import { ErrorNote, useSubmit } from "./dialogs";
import "./equivalence.css";

const MAX_OPTIONS = 8;

export function authorLabel(source: MapSource | null): string {
  return source ? `${source.author}${source.year ? ` ${source.year}` : ""}` : "Members' own claim";
}

const shorten = (text: string, max = 110) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * "Same proposition as…": the claims stating what this claim states in other words, with whose words
 * they are, and (for editors) a searchable list to add one and "Not the same" to take one out.
 */
export function EquivalenceSection({ map, claim, canEdit, onChanged, onSelectClaim }: { map: WorkspaceMap; claim: MapClaim; canEdit: boolean; onChanged: () => Promise<void>; onSelectClaim: (id: string) => void }) {
  // In the merged view the card carries every wording; otherwise the group is read from the map.
  const others: ClaimWording[] = claim.wordings ? claim.wordings.filter((w) => w.id !== claim.id) : equivalentsOf(map, claim.id);
  const onMap = new Set(map.claims.map((c) => c.id));
  const othersKey = others.map((o) => o.id).join(",");
  // Keyed by ids so the picker's options are not recomputed on every render of the panel.
  const exclude = useMemo(() => new Set([claim.id, ...othersKey.split(",").filter(Boolean)]), [claim.id, othersKey]);
  const group = map.equivalenceGroups?.find((g) => g.claimIds.includes(claim.id));
  const change = useSubmit();
  const [status, setStatus] = useState<string | null>(null);

  async function separate(claimId: string, text: string) {
    if (!group) return;
    await change.run(async () => {
      await api(`/api/workspaces/${map.workspace.id}/claims/${claimId}/equivalence`, { method: "DELETE", body: { version: group.version } });
      await onChanged();
      setStatus(`“${shorten(text, 60)}” is no longer marked as the same proposition.`);
    });
  }

  async function mark(otherId: string) {
    await change.run(async () => {
      await api(`/api/workspaces/${map.workspace.id}/equivalences`, { body: { claimIds: [claim.id, otherId] } });
      await onChanged();
      setStatus("Marked as the same proposition.");
    });
  }

  if (!canEdit && others.length === 0) return null;
  return (
    <section className="equivalence-section" aria-labelledby={`equivalence-title-${claim.id}`} data-testid="equivalence-section">
      <h3 id={`equivalence-title-${claim.id}`}>
        <span aria-hidden="true" className="equivalence-mark">=</span> Same proposition ({others.length === 0 ? "none marked" : `${others.length + 1} wordings`})
      </h3>
      {others.length > 0 && (
        <ul className="equivalence-list" data-testid="equivalents">
          {others.map((other) => (
            <li key={other.id} data-testid="equivalent">
              <span className="equivalence-who">{authorLabel(other.source)}</span>
              {onMap.has(other.id) ? (
                <button type="button" className="link-button" onClick={() => onSelectClaim(other.id)}>
                  {other.text}
                </button>
              ) : (
                <span>{other.text}</span>
              )}
              {canEdit && group && (
                <button type="button" className="btn btn-sm btn-ghost" disabled={change.busy} aria-label={`Not the same proposition: “${shorten(other.text, 60)}”`} onClick={() => void separate(other.id, other.text)}>
                  Not the same
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && others.length > 1 && group && (
        <button type="button" className="btn btn-sm" disabled={change.busy} onClick={() => void separate(claim.id, claim.text)}>
          Take this claim out
        </button>
      )}
      {canEdit && <SameAsPicker map={map} claim={claim} exclude={exclude} busy={change.busy} onPick={mark} />}
      <ErrorNote error={change.error} />
      {status && !change.error && <p className="faint" role="status">{status}</p>}
    </section>
  );
}

/**
 * A combobox over the map's claims (ARIA 1.2 pattern): type to filter by words or author, arrows to
 * move, Enter to choose. With nothing typed it offers the claims whose words look most alike.
 */
function SameAsPicker({ map, claim, exclude, busy, onPick }: { map: WorkspaceMap; claim: MapClaim; exclude: Set<string>; busy: boolean; onPick: (id: string) => Promise<void> }) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const candidates = useMemo(() => map.claims.filter((c) => !exclude.has(c.id)), [map.claims, exclude]);
  const options = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) {
      // The look-alikes first, then the rest in map order, so the list is never empty to browse.
      const alike = rankEquivalentClaims(claim.text, candidates, { limit: MAX_OPTIONS });
      const byId = new Map(candidates.map((c) => [c.id, c]));
      const first = new Set(alike.map((hit) => hit.id));
      return [...alike.map((hit) => ({ claim: byId.get(hit.id)!, alike: true })), ...candidates.filter((c) => !first.has(c.id)).map((c) => ({ claim: c, alike: false }))].slice(0, MAX_OPTIONS);
    }
    return candidates
      .filter((c) => `${c.text} ${c.source?.author ?? ""}`.toLowerCase().includes(q))
      .slice(0, MAX_OPTIONS)
      .map((c) => ({ claim: c, alike: false }));
  }, [query, candidates, claim.text]);
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const choose = async (index: number) => {
    const option = options[index];
    if (!option || busy) return;
    setOpen(false);
    setQuery("");
    await onPick(option.claim.id);
  };

  return (
    <div className="same-as-picker">
      <label htmlFor={`${id}-input`}>Same proposition as…</label>
      <input
        id={`${id}-input`}
        className="input input-sm"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && options[active] ? optionId(active) : undefined}
        placeholder="Type words or an author"
        value={query}
        autoComplete="off"
        onFocus={() => setOpen(true)}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") (e.preventDefault(), setOpen(true), setActive((a) => Math.min(a + 1, options.length - 1)));
          else if (e.key === "ArrowUp") (e.preventDefault(), setActive((a) => Math.max(a - 1, 0)));
          else if (e.key === "Enter" && open && options.length > 0) (e.preventDefault(), void choose(active));
          else if (e.key === "Escape" && open) (e.preventDefault(), e.stopPropagation(), setOpen(false));
        }}
      />
      <span className="hint">{query.trim() ? "Claims whose words or author match." : "With nothing typed: the claims worded most alike first (marked ≈)."}</span>
      {open && options.length === 0 && <p className="faint same-as-empty" role="status">{query.trim() ? "No claim matches." : "There is no other claim to choose."}</p>}
      {open && options.length > 0 && (
        <ul id={listId} role="listbox" className="same-as-options" aria-label="Claims to mark as the same proposition">
          {options.map((option, i) => (
            <li
              key={option.claim.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={i === active ? "active" : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(i)}
              onClick={() => void choose(i)}
            >
              <span className="equivalence-who">
                {option.alike && <span title="Worded alike">≈ </span>}
                {authorLabel(option.claim.source)}
              </span>
              {shorten(option.claim.text)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
