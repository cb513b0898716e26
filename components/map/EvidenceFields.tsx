"use client";

import type { MapSource } from "@/lib/graph/types";

/** Source, exact quote and note for one piece of evidence; field names are prefixed to share a form. */
export function EvidenceFields({ sources, prefix = "ev" }: { sources: MapSource[]; prefix?: string }) {
  return (
    <fieldset style={{ border: "1px solid var(--border)", borderRadius: 8, padding: "10px 12px 2px", margin: "0 0 14px" }}>
      <legend className="label" style={{ padding: "0 4px" }}>Evidence <span className="faint">(optional)</span></legend>
      <div className="field">
        <label htmlFor={`${prefix}-source`}>Quote from</label>
        <select className="select" id={`${prefix}-source`} name={`${prefix}-source`} defaultValue="">
          <option value="">No quote</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.author}
              {s.year ? ` (${s.year})` : ""} — {s.title}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-quote`}>Exact words</label>
        <textarea className="textarea" id={`${prefix}-quote`} name={`${prefix}-quote`} rows={2} style={{ minHeight: 56 }} placeholder="Copy the words from the text" />
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-note`}>Note</label>
        <input className="input" id={`${prefix}-note`} name={`${prefix}-note`} placeholder="Why this backs the edge" />
      </div>
    </fieldset>
  );
}

/** The evidence item described by EvidenceFields, or null when the user left it empty. */
export function readEvidence(form: FormData, prefix = "ev"): { sourceId?: string; exact?: string; note: string } | null {
  const sourceId = String(form.get(`${prefix}-source`) ?? "");
  const exact = String(form.get(`${prefix}-quote`) ?? "").trim();
  const note = String(form.get(`${prefix}-note`) ?? "").trim();
  if (!sourceId && !note) return null;
  return { ...(sourceId ? { sourceId, exact } : {}), note };
}
