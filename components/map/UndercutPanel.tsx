"use client";

import { useState } from "react";
import { api } from "@/components/ui/api";
import type { MapUndercut, WorkspaceMap } from "@/lib/graph/types";
import { ConfirmDialog, useSubmit } from "./dialogs";
import { RaisedQuestionNote } from "./SchemeSection";

interface Props {
  map: WorkspaceMap;
  undercut: MapUndercut;
  canEdit: boolean;
  onClose: () => void;
  onSelectClaim: (id: string) => void;
  onSelectEdge: (id: string) => void;
  onChanged: () => Promise<void>;
  onDeleted: (message: string) => void;
}

/** An objection to an edge: which claim objects, to which inference, and why. */
export function UndercutPanel({ map, undercut, canEdit, onClose, onSelectClaim, onSelectEdge, onChanged, onDeleted }: Props) {
  const [confirming, setConfirming] = useState(false);
  const save = useSubmit();
  const remove = useSubmit();
  const claim = (id: string) => map.claims.find((c) => c.id === id);
  const objector = claim(undercut.from);
  const target = map.edges.find((e) => e.id === undercut.targetEdgeId);
  const url = `/api/workspaces/${map.workspace.id}/edges/${undercut.id}`;

  async function onSave(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const note = String(new FormData(event.currentTarget).get("note") ?? "");
    await save.run(async () => {
      await api(url, { method: "PATCH", body: { version: undercut.version, note } });
      await onChanged();
    });
  }

  return (
    <aside className="side-panel" aria-label="Selected objection to an edge" data-testid="undercut-panel">
      <div className="panel-head">
        <span className="kind-tag kind-undercut">undercuts</span>
        <button className="btn btn-ghost btn-sm" onClick={onClose} aria-label="Close panel">✕</button>
      </div>
      <button className="edge-item" style={{ gridTemplateColumns: "1fr" }} onClick={() => onSelectClaim(undercut.from)}>
        <span><span className="faint">Objection </span>{objector?.source?.author ?? "Own claim"}: {objector?.text}</span>
      </button>
      <p className="muted" style={{ textAlign: "center", margin: "4px 0", fontWeight: 600, color: "var(--undercut)" }}>⊘ says this does not follow:</p>
      {undercut.answers && <RaisedQuestionNote question={undercut.answers.question} />}
      {target && (
        <button className="edge-item" style={{ gridTemplateColumns: "1fr" }} onClick={() => onSelectEdge(target.id)} data-testid="undercut-target">
          <span>
            “{claim(target.from)?.text}” <strong>{target.kind === "support" ? "supports" : "opposes"}</strong> “{claim(target.to)?.text}”
          </span>
        </button>
      )}
      <p className="faint" style={{ marginTop: 10 }}>
        An undercut leaves both claims standing; it denies that the first is a reason for (or against) the second.
      </p>
      {canEdit ? (
        <section>
          <h3>Why</h3>
          <form onSubmit={onSave} key={`${undercut.id}-${undercut.version}`}>
            <div className="field">
              <label htmlFor="undercut-note" className="visually-hidden">Why this does not follow</label>
              <textarea className="textarea" id="undercut-note" name="note" defaultValue={undercut.note} rows={2} style={{ minHeight: 56 }} />
            </div>
            {save.error && <div className="alert alert-error" role="alert">{save.error}</div>}
            <div style={{ display: "flex", gap: 8 }}>
              <button className="btn btn-sm btn-primary" type="submit" disabled={save.busy}>Save</button>
              <button className="btn btn-sm btn-danger" type="button" onClick={() => setConfirming(true)}>Delete…</button>
            </div>
          </form>
        </section>
      ) : (
        undercut.note && <p>{undercut.note}</p>
      )}
      {confirming && (
        <ConfirmDialog
          title="Delete this objection?"
          confirmLabel="Delete objection"
          busy={remove.busy}
          error={remove.error}
          onCancel={() => setConfirming(false)}
          onConfirm={() =>
            remove.run(async () => {
              await api(url, { method: "DELETE" });
              setConfirming(false);
              onDeleted("Objection deleted.");
            })
          }
        >
          <p>“{objector?.text}” will no longer object to the edge. Both claims and the edge stay.</p>
        </ConfirmDialog>
      )}
    </aside>
  );
}
