"use client";

import Link from "next/link";
import { useState } from "react";
import { CommentThread } from "@/components/discussion/CommentThread";
import { api, ApiError } from "@/components/ui/api";
import type { EdgeConflictVersion, MapEdge, WorkspaceMap } from "@/lib/graph/types";
import type { EdgeKind } from "@/lib/validation/edge";
import { ConfirmDialog, ErrorNote, KindChoice, useSubmit } from "./dialogs";
import { EdgeConflict, type EdgeDraft } from "./EdgeConflict";
import { EvidenceFields, readEvidence } from "./EvidenceFields";
import { PremiseActions, PremiseList } from "./PremisesSection";
import { RaisedQuestionNote, SchemeSection } from "./SchemeSection";

interface Props {
  map: WorkspaceMap;
  edge: MapEdge;
  canEdit: boolean;
  onClose: () => void;
  onSelectClaim: (id: string) => void;
  onSelectEdge: (id: string) => void;
  onChanged: () => Promise<void>;
  onDeleted: (message: string) => void;
}

export function EdgePanel({ map, edge, canEdit, onClose, onSelectClaim, onSelectEdge, onChanged, onDeleted }: Props) {
  const [confirming, setConfirming] = useState(false);
  // The edit form follows the saved edge until the user types; from then on it is their draft, based
  // on the version they started from, so live refreshes neither wipe it nor make a stale save pass.
  const [draft, setDraft] = useState<(EdgeDraft & { baseVersion: number }) | null>(null);
  const [conflict, setConflict] = useState<EdgeConflictVersion | null>(null);
  const save = useSubmit();
  const addEvidence = useSubmit();
  const object = useSubmit();
  const objections = map.undercuts.filter((u) => u.targetEdgeId === edge.id);
  const candidates = map.claims.filter((c) => !edge.premises.includes(c.id) && c.id !== edge.from && c.id !== edge.to && !objections.some((u) => u.from === c.id));

  async function onObject(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const from = String(form.get("objector") ?? "");
    if (!from) return object.setError("Choose the claim that objects to this edge.");
    await object.run(async () => {
      await api(`/api/workspaces/${map.workspace.id}/edges`, { body: { kind: "undercut", from, targetEdge: edge.id, note: String(form.get("why") ?? "") } });
      formElement.reset();
      await onChanged();
    });
  }
  const remove = useSubmit();
  const claim = (id: string) => map.claims.find((c) => c.id === id);
  const from = claim(edge.from);
  const to = claim(edge.to);
  const url = `/api/workspaces/${map.workspace.id}/edges/${edge.id}`;
  const conflictOf = (e: unknown) =>
    e instanceof ApiError && e.code === "CONFLICT" ? ((e.details as { current?: EdgeConflictVersion } | undefined)?.current ?? null) : null;
  const shown: EdgeDraft = draft ?? { kind: edge.kind, note: edge.note };
  const edit = (change: Partial<EdgeDraft>) => setDraft({ ...shown, baseVersion: draft?.baseVersion ?? edge.version, ...change });
  const changedUnderneath = draft !== null && !conflict && draft.baseVersion !== edge.version;

  async function onSave(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const version = conflict?.version ?? draft?.baseVersion ?? edge.version;
    await save.run(async () => {
      try {
        await api(url, { method: "PATCH", body: { version, kind: shown.kind, note: shown.note } });
      } catch (e) {
        const current = conflictOf(e);
        if (!current) throw e;
        // Keep what the user wrote, show theirs beside it; a resubmit is based on their version.
        setDraft({ ...shown, baseVersion: draft?.baseVersion ?? version });
        setConflict(current);
        await onChanged();
        return;
      }
      setDraft(null);
      setConflict(null);
      await onChanged();
    });
  }

  function discardDraft() {
    setDraft(null);
    setConflict(null);
    save.setError(null);
  }

  /** Evidence changes are explicit and additive, so they go on the latest version; a draft based on it moves along. */
  async function patchEvidence(body: Record<string, unknown>) {
    try {
      const saved = await api<{ version: number }>(url, { method: "PATCH", body: { version: edge.version, ...body } });
      if (draft && draft.baseVersion === edge.version) setDraft({ ...draft, baseVersion: saved.version });
    } catch (e) {
      if (!conflictOf(e)) throw e;
      await onChanged();
      throw new Error("The edge changed meanwhile and has been reloaded; check it, then try again (nothing of yours was lost).");
    }
    await onChanged();
  }

  async function onAddEvidence(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const item = readEvidence(new FormData(formElement), "add");
    if (!item) return addEvidence.setError("Choose a source and give its exact words, or write a note.");
    await addEvidence.run(async () => {
      await patchEvidence({ addEvidence: [item] });
      formElement.reset();
    });
  }

  return (
    <aside className="side-panel" aria-label="Selected edge" data-testid="edge-panel">
      <div className="panel-head">
        <span className={`kind-tag kind-${edge.kind}`}>{edge.kind === "support" ? "supports" : "opposes"}</span>
        <button className="btn btn-ghost btn-sm" onClick={onClose} aria-label="Close panel">✕</button>
      </div>
      <PremiseList map={map} edge={edge} canEdit={canEdit} onSelectClaim={onSelectClaim} onChanged={onChanged} />
      {edge.answers && <RaisedQuestionNote question={edge.answers.question} />}
      <p className="muted" style={{ textAlign: "center", margin: "4px 0", fontWeight: 600, color: edge.kind === "support" ? "var(--support)" : "var(--oppose)" }}>
        {edge.kind === "support" ? "↑ supports" : "⊥ opposes"}
      </p>
      <button className="edge-item" style={{ gridTemplateColumns: "1fr" }} onClick={() => onSelectClaim(edge.to)}>
        <span><span className="faint">To </span>{to?.source?.author ?? "Own claim"}: {to?.text}</span>
      </button>
      {edge.note && !canEdit && <p style={{ marginTop: 10 }}>{edge.note}</p>}

      {canEdit && (
        <section>
          <h3>Edit</h3>
          <form onSubmit={onSave} aria-label="Edit edge">
            {conflict && <EdgeConflict theirs={conflict} mine={shown} busy={save.busy} onUseTheirs={discardDraft} />}
            {changedUnderneath && (
              <div className="alert alert-info" role="status">
                Someone else changed this edge while you were editing. Saving will show their version beside yours.
              </div>
            )}
            <KindChoice value={shown.kind as EdgeKind} onChange={(kind) => edit({ kind })} />
            <div className="field">
              <label htmlFor="edge-edit-note">Why</label>
              <textarea className="textarea" id="edge-edit-note" name="note" value={shown.note} onChange={(e) => edit({ note: e.target.value })} rows={2} style={{ minHeight: 56 }} />
            </div>
            <ErrorNote error={save.error} />
            <div style={{ display: "flex", gap: 8 }}>
              <button className="btn btn-sm btn-primary" type="submit" disabled={save.busy}>{conflict ? "Save mine" : "Save"}</button>
              {draft && !conflict && (
                <button className="btn btn-sm" type="button" onClick={discardDraft} disabled={save.busy}>Discard changes</button>
              )}
              <button className="btn btn-sm btn-danger" type="button" onClick={() => setConfirming(true)}>Delete…</button>
            </div>
          </form>
        </section>
      )}

      {canEdit && <PremiseActions map={map} edge={edge} onChanged={onChanged} />}
      <SchemeSection map={map} edge={edge} canEdit={canEdit} onSelectEdge={onSelectEdge} onChanged={onChanged} />

      <section>
        <h3>Evidence ({edge.evidence.length})</h3>
        {edge.evidence.length === 0 && <p className="faint">No evidence attached yet.</p>}
        {edge.evidence.map((ev) => (
          <div key={ev.id} style={{ marginBottom: 12 }} data-testid="evidence-item">
            {ev.quote && (
              <>
                <blockquote className="quote">“{ev.quote.exact}”</blockquote>
                <div className="citation" style={{ marginBottom: 4 }}>
                  <Link href={`/w/${map.workspace.id}/sources/${ev.quote.sourceId}`}>
                    {ev.quote.sourceAuthor}, {ev.quote.sourceTitle}
                  </Link>
                </div>
              </>
            )}
            {ev.note && <p style={{ fontSize: 14, margin: "0 0 4px" }}>{ev.note}</p>}
            {canEdit && (
              <button
                className="btn btn-ghost btn-sm"
                onClick={() => save.run(() => patchEvidence({ removeEvidenceIds: [ev.id] }))}
              >
                Remove
              </button>
            )}
          </div>
        ))}
        {canEdit && (
          <form onSubmit={onAddEvidence} aria-label="Add evidence">
            <EvidenceFields sources={map.sources} prefix="add" />
            <ErrorNote error={addEvidence.error} />
            <button className="btn btn-sm" type="submit" disabled={addEvidence.busy}>Add evidence</button>
          </form>
        )}
      </section>

      <section>
        <h3>Objections to this edge ({objections.length})</h3>
        <p className="faint" style={{ marginTop: 0 }}>An objection (undercut) says the first claim is no reason for or against the second, without denying either.</p>
        {objections.map((u) => (
          <button key={u.id} className="edge-item" style={{ gridTemplateColumns: "1fr" }} onClick={() => onSelectEdge(u.id)} data-testid="edge-objection">
            <span><span style={{ color: "var(--undercut)", fontWeight: 700 }}>⊘ </span>{claim(u.from)?.text}</span>
          </button>
        ))}
        {canEdit && candidates.length > 0 && (
          <form onSubmit={onObject} aria-label="Object to this edge">
            <div className="field">
              <label htmlFor="objector">Objecting claim</label>
              <select className="select" id="objector" name="objector" defaultValue="">
                <option value="">Choose a claim…</option>
                {candidates.map((c) => (
                  <option key={c.id} value={c.id}>{c.text.length > 90 ? `${c.text.slice(0, 87)}…` : c.text}</option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="objection-why">Why it does not follow <span className="faint">(optional)</span></label>
              <input className="input" id="objection-why" name="why" maxLength={2000} />
            </div>
            <ErrorNote error={object.error} />
            <button className="btn btn-sm" type="submit" disabled={object.busy}>Object to this edge</button>
          </form>
        )}
      </section>
      <CommentThread workspaceId={map.workspace.id} target={{ type: "edge", id: edge.id }} />

      {confirming && (
        <ConfirmDialog
          title="Delete this edge?"
          confirmLabel="Delete edge"
          busy={remove.busy}
          error={remove.error}
          onCancel={() => setConfirming(false)}
          onConfirm={() =>
            remove.run(async () => {
              await api(url, { method: "DELETE" });
              setConfirming(false);
              onDeleted("Edge deleted.");
            })
          }
        >
          <p>
            {edge.premises.length > 1 ? `${edge.premises.length} linked premises` : `“${from?.text}”`} {edge.kind === "support" ? "support" : "oppose"}{edge.premises.length > 1 ? "" : "s"} “{to?.text}”.
          </p>
          <p className="muted">
            Both claims stay.{edge.evidence.length ? ` Its ${edge.evidence.length} piece${edge.evidence.length === 1 ? "" : "s"} of evidence go with it.` : ""}
            {objections.length ? ` The ${objections.length} objection${objections.length === 1 ? "" : "s"} to it go too.` : ""}
          </p>
        </ConfirmDialog>
      )}
    </aside>
  );
}
