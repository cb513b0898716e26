"use client";

import { useState } from "react";
import type { MapClaim, MapSource } from "@/lib/graph/types";
import { CLAIM_TYPES } from "@/lib/validation/claim";
import type { EdgeKind } from "@/lib/validation/edge";
import { EvidenceFields, readEvidence } from "./EvidenceFields";

export function Dialog({ title, onClose, children, onSubmit, labelId }: { title: string; labelId: string; onClose: () => void; onSubmit: (form: FormData) => void; children: React.ReactNode }) {
  return (
    <div className="dialog-backdrop" onKeyDown={(e) => e.key === "Escape" && onClose()} onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <form
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={labelId}
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit(new FormData(e.currentTarget));
        }}
      >
        <h2 id={labelId}>{title}</h2>
        {children}
      </form>
    </div>
  );
}

export function ErrorNote({ error }: { error: string | null }) {
  return error ? <div className="alert alert-error" role="alert">{error}</div> : null;
}

/** Supports / opposes radios; uncontrolled with `defaultKind`, controlled with `value` and `onChange`. */
export function KindChoice({ defaultKind = "support", value, onChange }: { defaultKind?: EdgeKind; value?: EdgeKind; onChange?: (kind: EdgeKind) => void }) {
  const checked = (kind: EdgeKind) =>
    value === undefined ? { defaultChecked: defaultKind === kind } : { checked: value === kind, onChange: () => onChange?.(kind) };
  return (
    <div className="choice-group" role="radiogroup" aria-label="Kind of edge">
      <label className="choice">
        <input type="radio" name="kind" value="support" {...checked("support")} />
        <span>
          <strong style={{ color: "var(--support)" }}>Supports</strong>
          <br />
          <span className="faint">gives a reason for it</span>
        </span>
      </label>
      <label className="choice">
        <input type="radio" name="kind" value="oppose" {...checked("oppose")} />
        <span>
          <strong style={{ color: "var(--oppose)" }}>Opposes</strong>
          <br />
          <span className="faint">gives a reason against it</span>
        </span>
      </label>
    </div>
  );
}

export interface ConnectRequest {
  kind: EdgeKind;
  note: string;
  evidence: ReturnType<typeof readEvidence>[];
}

export function ConnectDialog({
  from,
  to,
  sources,
  busy,
  error,
  onCancel,
  onConnect,
}: {
  from: MapClaim;
  to: MapClaim;
  sources: MapSource[];
  busy: boolean;
  error: string | null;
  onCancel: () => void;
  onConnect: (request: ConnectRequest) => void;
}) {
  return (
    <Dialog
      title="Connect two claims"
      labelId="connect-title"
      onClose={onCancel}
      onSubmit={(form) =>
        onConnect({ kind: String(form.get("kind")) as EdgeKind, note: String(form.get("note") ?? ""), evidence: [readEvidence(form)].filter(Boolean) })
      }
    >
      <p className="muted" style={{ fontSize: 14 }}>How does the first claim bear on the second?</p>
      <blockquote className="quote" style={{ fontFamily: "var(--font-ui)", fontSize: 14 }}>{from.text}</blockquote>
      <KindChoice />
      <blockquote className="quote" style={{ fontFamily: "var(--font-ui)", fontSize: 14 }}>{to.text}</blockquote>
      <ErrorNote error={error} />
      <div className="field">
        <label htmlFor="edge-note">Why <span className="faint">(optional)</span></label>
        <input className="input" id="edge-note" name="note" maxLength={2000} />
      </div>
      <EvidenceFields sources={sources} />
      <div className="dialog-actions">
        <button className="btn" type="button" onClick={onCancel}>Cancel</button>
        <button className="btn btn-primary" type="submit" disabled={busy}>{busy ? "Connecting…" : "Connect"}</button>
      </div>
    </Dialog>
  );
}

export function NewClaimDialog({ busy, error, onCancel, onCreate }: { busy: boolean; error: string | null; onCancel: () => void; onCreate: (text: string, type: string) => void }) {
  return (
    <Dialog title="New claim" labelId="new-claim-title" onClose={onCancel} onSubmit={(form) => onCreate(String(form.get("text") ?? ""), String(form.get("type") ?? "thesis"))}>
      <p className="muted" style={{ fontSize: 14 }}>
        A claim of your own, not tied to a passage (to anchor a claim to a text, select words in the reader).
      </p>
      <ErrorNote error={error} />
      <div className="field">
        <label htmlFor="new-claim-text">Claim</label>
        <textarea className="textarea" id="new-claim-text" name="text" rows={3} required autoFocus maxLength={2000} />
      </div>
      <div className="field">
        <label htmlFor="new-claim-type">Type</label>
        <TypeSelect id="new-claim-type" defaultValue="thesis" />
      </div>
      <div className="dialog-actions">
        <button className="btn" type="button" onClick={onCancel}>Cancel</button>
        <button className="btn btn-primary" type="submit" disabled={busy}>{busy ? "Adding…" : "Add claim"}</button>
      </div>
    </Dialog>
  );
}

export function TypeSelect({ id, defaultValue }: { id: string; defaultValue: string }) {
  return (
    <select className="select" id={id} name="type" defaultValue={defaultValue}>
      {CLAIM_TYPES.filter((t) => t !== "unstated").map((t) => (
        <option key={t} value={t}>
          {t[0]!.toUpperCase() + t.slice(1)}
        </option>
      ))}
    </select>
  );
}

export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  busy,
  error,
  onCancel,
  onConfirm,
}: {
  title: string;
  children: React.ReactNode;
  confirmLabel: string;
  busy: boolean;
  error: string | null;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  return (
    <Dialog title={title} labelId="confirm-title" onClose={onCancel} onSubmit={onConfirm}>
      {children}
      <ErrorNote error={error} />
      <div className="dialog-actions">
        <button className="btn" type="button" onClick={onCancel} autoFocus>Cancel</button>
        <button className="btn btn-danger-solid" type="submit" disabled={busy}>{busy ? "Deleting…" : confirmLabel}</button>
      </div>
    </Dialog>
  );
}

/** Local state for a dialog that submits to the server: busy flag and the last error. */
export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function run(action: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(e instanceof Error ? e.message : "That did not work. Please try again.");
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, run, setError };
}
