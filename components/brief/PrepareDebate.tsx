"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "@/components/ui/api";
import { Dialog, ErrorNote, useSubmit } from "@/components/map/dialogs";
import { MAX_TIME_LIMIT_MINUTES } from "@/lib/validation/brief";

/** "Prepare a debate" on a claim: choose a side and an optional speech time, then open the brief. */
export function PrepareDebate({ workspaceId, claimId, claimText, canSetUpGroup = false }: { workspaceId: string; claimId: string; claimText: string; canSetUpGroup?: boolean }) {
  const [open, setOpen] = useState(false);
  const submit = useSubmit();
  const router = useRouter();

  function onSubmit(form: FormData) {
    const minutes = String(form.get("timeLimit") ?? "").trim();
    void submit.run(async () => {
      const body = { thesisId: claimId, side: String(form.get("side")), timeLimitMinutes: minutes ? Number(minutes) : null };
      const created = await api<{ id: string }>(`/api/workspaces/${workspaceId}/briefs`, { body });
      router.push(`/w/${workspaceId}/briefs/${created.id}`);
    });
  }

  return (
    <section>
      <h3>Debate</h3>
      <div style={{ display: "flex", flexWrap: "wrap", gap: 8 }}>
        <button className="btn btn-sm" type="button" onClick={() => setOpen(true)}>Prepare a debate…</button>
        {canSetUpGroup && <Link className="btn btn-sm" href={`/w/${workspaceId}/debates/new?thesis=${claimId}`}>Set up a group debate…</Link>}
      </div>
      {open && (
        <Dialog title="Prepare a debate" labelId="prepare-debate-title" onClose={() => setOpen(false)} onSubmit={onSubmit}>
          <p className="muted" style={{ fontSize: 14, marginTop: 0 }}>The motion:</p>
          <blockquote className="quote" style={{ fontFamily: "var(--font-ui)", fontSize: 14 }}>{claimText}</blockquote>
          <div className="choice-group" role="radiogroup" aria-label="Your side">
            <label className="choice">
              <input type="radio" name="side" value="for" defaultChecked />
              <span>
                <strong>For the motion</strong>
                <br />
                <span className="faint">argue that it holds</span>
              </span>
            </label>
            <label className="choice">
              <input type="radio" name="side" value="against" />
              <span>
                <strong>Against the motion</strong>
                <br />
                <span className="faint">argue that it does not</span>
              </span>
            </label>
          </div>
          <div className="field">
            <label htmlFor="brief-time-limit">Speech time in minutes <span className="faint">(optional)</span></label>
            <input className="input" id="brief-time-limit" name="timeLimit" type="number" min={1} max={MAX_TIME_LIMIT_MINUTES} step={1} inputMode="numeric" style={{ maxWidth: 140 }} />
            <span className="hint">Also the time per answer in the drill.</span>
          </div>
          <ErrorNote error={submit.error} />
          <div className="dialog-actions">
            <button className="btn" type="button" onClick={() => setOpen(false)}>Cancel</button>
            <button className="btn btn-primary" type="submit" disabled={submit.busy}>{submit.busy ? "Preparing…" : "Prepare the brief"}</button>
          </div>
        </Dialog>
      )}
    </section>
  );
}
