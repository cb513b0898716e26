"use client";

import { useRef, useState } from "react";
import type { MapSource } from "@/lib/graph/types";
import { ALL_EDGE_KINDS, isFiltered, OWN_CLAIMS, STANCE_FILTER_VALUES, type EdgeKindFilter, type StanceFilterValue, type ViewFilter } from "@/lib/graph/view-filter";
import { CLAIM_TYPES } from "@/lib/validation/claim";
import { TYPE_ICON } from "./ClaimNode";
import type { StanceMember } from "./useMemberStances";

const KIND_LABELS: Record<EdgeKindFilter, string> = { support: "supports", oppose: "opposes", undercut: "undercuts" };
const STANCE_LABELS: Record<StanceFilterValue, string> = { agree: "agrees with", disagree: "disagrees with", unsure: "is unsure about", unmarked: "has not marked" };

interface Props {
  view: ViewFilter;
  onChange: (view: ViewFilter) => void;
  sources: MapSource[];
  hasOwnClaims: boolean;
  selectedClaimId: string | null;
  focusText: string | null;
  trail: { id: string; text: string }[];
  shown: number;
  total: number;
  /** Centre the map on the first claim matching the search text. */
  onJump: () => void;
  /** Tags used on the map, for the tag filter. */
  tags?: { tag: string; count: number }[];
  /** Members for the stance filter; asked for with onWantMembers when the filters open. */
  members: StanceMember[];
  onWantMembers: () => void;
  /** What the stance filter cannot show (blind mode, a failed load), in words. */
  stanceNote: string | null;
}

/** Search, filters and focus for the map; every choice lands in the URL (see lib/graph/view-filter.ts). */
export function MapViewBar({ view, onChange, sources, hasOwnClaims, selectedClaimId, focusText, trail, shown, total, onJump, tags = [], members, onWantMembers, stanceNote }: Props) {
  const activeFilters = view.sources.length + (ALL_EDGE_KINDS.length - view.kinds.length) + (view.types?.length ?? 0) + (view.tags?.length ?? 0) + (view.stance ? 1 : 0);
  const [open, setOpen] = useState(activeFilters > 0);
  const filtersButton = useRef<HTMLButtonElement>(null);
  const toggle = <T,>(list: T[], item: T) => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);
  return (
    <div className="card map-view" data-testid="map-view">
      <div className="map-view-row">
        <label className="visually-hidden" htmlFor="map-search">Find a claim</label>
        <input
          id="map-search"
          className="input input-sm"
          type="search"
          placeholder="Find a claim… (Enter to go)"
          value={view.text}
          onChange={(e) => onChange({ ...view, text: e.target.value })}
          onKeyDown={(e) => e.key === "Enter" && (e.preventDefault(), onJump())}
        />
        <button
          ref={filtersButton}
          className="btn btn-sm btn-ghost"
          type="button"
          aria-expanded={open}
          onClick={() => {
            if (!open) onWantMembers();
            setOpen(!open);
          }}
        >
          Filters{activeFilters > 0 ? ` (${activeFilters} on)` : ""}
        </button>
        {view.focus && selectedClaimId && selectedClaimId !== view.focus && (
          <button className="btn btn-sm" type="button" onClick={() => onChange({ ...view, focus: selectedClaimId })}>
            Focus here
          </button>
        )}
        {view.focus ? (
          <>
            <label className="visually-hidden" htmlFor="focus-depth">Steps around the focused claim</label>
            <select id="focus-depth" className="select select-sm" value={view.depth} onChange={(e) => onChange({ ...view, depth: Number(e.target.value) as 1 | 2 | 3 })}>
              <option value={1}>1 step</option>
              <option value={2}>2 steps</option>
              <option value={3}>3 steps</option>
            </select>
          </>
        ) : (
          <button className="btn btn-sm" type="button" disabled={!selectedClaimId} onClick={() => selectedClaimId && onChange({ ...view, focus: selectedClaimId })} title={selectedClaimId ? "Show only the selected claim and its neighbours" : "Select a claim first"}>
            Focus
          </button>
        )}
        {isFiltered(view) && (
          <button className="btn btn-sm btn-ghost" type="button" onClick={() => onChange({ focus: null, depth: 1, sources: [], kinds: ALL_EDGE_KINDS, text: "", stance: null, equivalence: view.equivalence })}>
            Show all
          </button>
        )}
      </div>
      {view.focus && (
        <nav className="map-trail" aria-label="Focus trail">
          <span className="faint">Focus:</span>
          {trail.map((t) => (
            <button key={t.id} type="button" className="trail-step" onClick={() => onChange({ ...view, focus: t.id })}>
              {t.text.length > 32 ? `${t.text.slice(0, 30)}…` : t.text}
            </button>
          ))}
          <strong className="trail-current" title={focusText ?? ""}>{focusText && focusText.length > 40 ? `${focusText.slice(0, 38)}…` : focusText}</strong>
        </nav>
      )}
      {open && (
        <div
          className="map-view-filters"
          role="group"
          aria-label="Filters"
          onKeyDown={(e) => {
            // Escape folds the panel (and stops there, so it does not also close a side panel).
            if (e.key !== "Escape") return;
            e.stopPropagation();
            setOpen(false);
            filtersButton.current?.focus();
          }}
        >
          <fieldset>
            <legend>Sources</legend>
            {sources.map((s) => (
              <label key={s.id} className="check" title={s.title}>
                <input type="checkbox" checked={view.sources.length === 0 || view.sources.includes(s.id)} onChange={() => onChange({ ...view, sources: toggle(view.sources.length ? view.sources : [...sources.map((x) => x.id), ...(hasOwnClaims ? [OWN_CLAIMS] : [])], s.id) })} />
                {s.author}
                {s.year ? `, ${s.year}` : ""}
              </label>
            ))}
            {hasOwnClaims && (
              <label className="check">
                <input type="checkbox" checked={view.sources.length === 0 || view.sources.includes(OWN_CLAIMS)} onChange={() => onChange({ ...view, sources: toggle(view.sources.length ? view.sources : [...sources.map((x) => x.id), OWN_CLAIMS], OWN_CLAIMS) })} />
                members&apos; own claims
              </label>
            )}
          </fieldset>
          <fieldset>
            <legend>Claim types</legend>
            {CLAIM_TYPES.map((t) => (
              <label key={t} className="check">
                <input type="checkbox" checked={!view.types?.length || view.types.includes(t)} onChange={() => onChange({ ...view, types: toggle(view.types?.length ? view.types : [...CLAIM_TYPES], t) })} />
                <span aria-hidden="true">{TYPE_ICON[t]} </span>{t}
              </label>
            ))}
          </fieldset>
          {tags.length > 0 && (
            <fieldset>
              <legend>Tags <span className="faint">(any of)</span></legend>
              {tags.map(({ tag, count }) => (
                <label key={tag} className="check">
                  <input type="checkbox" checked={(view.tags ?? []).includes(tag)} onChange={() => onChange({ ...view, tags: toggle(view.tags ?? [], tag) })} />
                  #{tag} <span className="faint">({count})</span>
                </label>
              ))}
            </fieldset>
          )}
          <fieldset>
            <legend>Edges</legend>
            {ALL_EDGE_KINDS.map((k) => (
              <label key={k} className="check">
                <input type="checkbox" checked={view.kinds.includes(k)} onChange={() => onChange({ ...view, kinds: toggle(view.kinds, k) })} />
                {KIND_LABELS[k]}
              </label>
            ))}
          </fieldset>
          <fieldset className="stance-filter">
            <legend>Stances</legend>
            <div className="field-stack">
              <label htmlFor="stance-member">Member</label>
              <select
                id="stance-member"
                className="select select-sm"
                value={view.stance?.member ?? ""}
                onChange={(e) => onChange({ ...view, stance: e.target.value ? { member: e.target.value, value: view.stance?.value ?? "agree" } : null })}
              >
                <option value="">Anyone (no filter)</option>
                {view.stance && !members.some((m) => m.id === view.stance!.member) && <option value={view.stance.member}>Loading…</option>}
                {members.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.isYou ? `${m.label} (you)` : m.label}
                  </option>
                ))}
              </select>
            </div>
            <div className="field-stack">
              <label htmlFor="stance-value">Claims they…</label>
              <select
                id="stance-value"
                className="select select-sm"
                disabled={!view.stance}
                value={view.stance?.value ?? "agree"}
                onChange={(e) => view.stance && onChange({ ...view, stance: { ...view.stance, value: e.target.value as StanceFilterValue } })}
              >
                {STANCE_FILTER_VALUES.map((v) => (
                  <option key={v} value={v}>
                    {STANCE_LABELS[v]}
                  </option>
                ))}
              </select>
            </div>
            {stanceNote && <p className="faint stance-note" role="note">{stanceNote}</p>}
          </fieldset>
          <div className="map-view-filters-done">
            <button type="button" className="btn btn-sm" onClick={() => { setOpen(false); filtersButton.current?.focus(); }}>
              Done
            </button>
          </div>
        </div>
      )}
      {shown !== total && <p className="faint" style={{ margin: "6px 2px 0" }} data-testid="map-view-count">Showing {shown} of {total} claims</p>}
    </div>
  );
}
