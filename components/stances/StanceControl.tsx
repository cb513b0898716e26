"use client";

import { useState } from "react";
import { api } from "@/components/ui/api";
import type { StanceTally } from "@/lib/stances/tally";
import { STANCE_VALUES, type StanceValue } from "@/lib/validation/stance";

export const STANCE_LABELS: Record<StanceValue, string> = { agree: "Agree", disagree: "Disagree", unsure: "Unsure" };

/** Where the caller stands on a claim, the group's tally, and a prompt when the wording changed. */
export function StanceControl({ workspaceId, claimId, tally, canMark, onChanged }: { workspaceId: string; claimId: string; tally: StanceTally; canMark: boolean; onChanged: () => Promise<void> }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const url = `/api/workspaces/${workspaceId}/claims/${claimId}/stance`;
  const total = tally.agree + tally.disagree + tally.unsure;

  async function mark(value: StanceValue | null) {
    setBusy(true);
    setError(null);
    try {
      if (value) await api(url, { method: "PUT", body: { value } });
      else await api(url, { method: "DELETE" });
      await onChanged();
    } catch (e) {
      setError(e instanceof Error ? e.message : "Your stance was not saved.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={`stance-${claimId}`} data-testid="stance-control">
      <h3 id={`stance-${claimId}`}>Where the group stands</h3>
      {canMark && (
        <div className="stance-buttons" role="group" aria-label="Your stance">
          {STANCE_VALUES.map((value) => (
            <button
              key={value}
              type="button"
              className={`stance-btn stance-${value}`}
              aria-pressed={tally.mine?.value === value}
              disabled={busy}
              onClick={() => mark(tally.mine?.value === value && !tally.mine.stale ? null : value)}
            >
              {STANCE_LABELS[value]}
            </button>
          ))}
        </div>
      )}
      {tally.mine?.stale && (
        <div className="alert alert-warning" role="status" style={{ marginTop: 10 }}>
          You marked “{STANCE_LABELS[tally.mine.value].toLowerCase()}” on an earlier wording: “{tally.mine.judgedText}”. Does it still hold?
          <div style={{ marginTop: 8 }}>
            <button className="btn btn-sm" type="button" disabled={busy} onClick={() => mark(tally.mine!.value)}>
              Confirm {STANCE_LABELS[tally.mine.value].toLowerCase()}
            </button>
          </div>
        </div>
      )}
      {error && <div className="alert alert-error" role="alert">{error}</div>}
      {tally.hidden ? (
        <p className="faint" data-testid="stance-tally">Others&apos; stances are hidden until you mark your own.</p>
      ) : total === 0 ? (
        <p className="faint" data-testid="stance-tally">No one has marked a stance yet.</p>
      ) : (
        <div data-testid="stance-tally">
          <div className="stance-bar" aria-hidden="true">
            {STANCE_VALUES.map((v) => (tally[v] ? <span key={v} className={`seg stance-${v}`} style={{ flexGrow: tally[v] }} /> : null))}
          </div>
          <p className="faint" style={{ margin: "6px 0 0" }}>
            {tally.agree} agree · {tally.disagree} disagree · {tally.unsure} unsure
            {tally.stale > 0 && ` · ${tally.stale} on an earlier wording`}
          </p>
        </div>
      )}
    </section>
  );
}
