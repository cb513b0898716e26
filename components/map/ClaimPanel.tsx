"use client";

import Link from "next/link";
import { useState } from "react";
import { CommentThread } from "@/components/discussion/CommentThread";
import { api, ApiError } from "@/components/ui/api";
import { edgesRemovedWithClaim } from "@/lib/graph/edge-rules";
import { parseTagList } from "@/lib/graph/tags";
import { sourceColor } from "@/lib/graph/palette";
import type { MapClaim, MapEdge, WorkspaceMap } from "@/lib/graph/types";
import { ClaimHistory } from "@/components/history/ClaimHistory";
import { StanceControl } from "@/components/stances/StanceControl";
import { PrepareDebate } from "@/components/brief/PrepareDebate";
import { can } from "@/lib/permissions";
import { ConfirmDialog, ErrorNote, KindChoice, TypeSelect, useSubmit } from "./dialogs";
import { describeAnchorRevision } from "@/lib/reader/revision-label";
import { EquivalenceSection } from "./EquivalenceSection";

interface Props {
  map: WorkspaceMap;
  claim: MapClaim;
  canEdit: boolean;
  onClose: () => void;
  onSelectEdge: (id: string) => void;
  onSelectClaim: (id: string) => void;
  onChanged: () => Promise<void>;
  onDeleted: (message: string) => void;
  /** The evaluation overlay's verdict on this claim, when one is shown. */
  evaluation?: React.ReactNode;
}

export function ClaimPanel({ map, claim, canEdit, onClose, onSelectEdge, onSelectClaim, onChanged, onDeleted, evaluation }: Props) {
  // The version the edit started from: a live refresh must not turn a stale save into an overwrite.
  const [editing, setEditing] = useState<{ baseVersion: number } | null>(null);
  const [conflict, setConflict] = useState<{ text: string; type: string; version: number } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const save = useSubmit();
  const connect = useSubmit();
  const remove = useSubmit();
  const base = `/w/${map.workspace.id}`;
  const textOf = (id: string) => map.claims.find((c) => c.id === id)?.text ?? "(deleted claim)";
  const incoming = map.edges.filter((e) => e.to === claim.id);
  // Every argument the claim is a premise of, linked ones included.
  const outgoing = map.edges.filter((e) => e.from === claim.id || e.premises.includes(claim.id));
  const goingWith = edgesRemovedWithClaim(claim.id, map.edges);

  async function onSave(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    await save.run(async () => {
      try {
        await api(`/api/workspaces/${map.workspace.id}/claims/${claim.id}`, {
          method: "PATCH",
          body: { version: conflict?.version ?? editing?.baseVersion ?? claim.version, text: String(form.get("text")), type: String(form.get("type")), tags: parseTagList(String(form.get("tags") ?? "")) },
        });
      } catch (e) {
        const current = (e instanceof ApiError && e.code === "CONFLICT" ? (e.details as { current?: typeof conflict })?.current : null) ?? null;
        if (current) setConflict(current);
        throw e;
      }
      setConflict(null);
      setEditing(null);
      await onChanged();
    });
  }

  async function onConnect(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const target = String(form.get("target") ?? "");
    if (!target) return connect.setError("Choose the claim to connect to.");
    await connect.run(async () => {
      const body = { from: claim.id, to: target, kind: String(form.get("kind")) };
      await api(`/api/workspaces/${map.workspace.id}/edges`, { body });
      (event.target as HTMLFormElement).reset();
      await onChanged();
    });
  }

  return (
    <aside className="side-panel" aria-label="Selected claim" data-testid="claim-panel">
      <div className="panel-head">
        <div>
          <div className="citation">
            <span className="swatch" style={{ width: 10, height: 10, borderRadius: 3, background: sourceColor(claim.source?.colorIndex), display: "inline-block" }} aria-hidden="true" />
            {claim.source ? (
              <span>
                {claim.source.author}
                {claim.source.year ? ` (${claim.source.year})` : ""}, <em>{claim.source.title}</em>
              </span>
            ) : (
              <span>A member&apos;s own claim</span>
            )}
          </div>
          {claim.type === "unstated" ? (
            <span className="unstated-tag" style={{ marginTop: 6 }} title="A premise the argument needs but the author does not write; it has no passage.">◌ unstated premise</span>
          ) : (
            <span className="badge" style={{ marginTop: 6 }}>{claim.type}</span>
          )}
        </div>
        <button className="btn btn-ghost btn-sm" onClick={onClose} aria-label="Close panel">✕</button>
      </div>

      {editing ? (
        <form onSubmit={onSave}>
          {conflict && (
            <div className="alert alert-warning" role="alert">
              <strong>Changed by someone else meanwhile.</strong> Their version: “{conflict.text}” ({conflict.type}). Your text is kept below; save again to replace theirs, or cancel to keep it.
            </div>
          )}
          <ErrorNote error={conflict ? null : save.error} />
          <div className="field">
            <label htmlFor="edit-claim-text">Claim</label>
            <textarea className="textarea" id="edit-claim-text" name="text" defaultValue={claim.text} rows={4} required autoFocus />
          </div>
          <div className="field">
            <label htmlFor="edit-claim-type">Type</label>
            <TypeSelect id="edit-claim-type" defaultValue={claim.type} />
          </div>
          <div className="field">
            <label htmlFor="edit-claim-tags">Tags <span className="faint">(separated by commas)</span></label>
            <input className="input" id="edit-claim-tags" name="tags" defaultValue={(claim.tags ?? []).join(", ")} placeholder="e.g. land reform, statistics" maxLength={600} />
          </div>
          <div style={{ display: "flex", gap: 8 }}>
            <button className="btn btn-primary btn-sm" type="submit" disabled={save.busy}>Save</button>
            <button className="btn btn-sm" type="button" onClick={() => { setEditing(null); setConflict(null); }}>Cancel</button>
          </div>
        </form>
      ) : (
        <>
          <p className="claim-text" data-testid="panel-claim-text">{claim.text}</p>
          {(claim.tags ?? []).length > 0 && (
            <ul className="tag-list" aria-label="Tags" data-testid="claim-tags">
              {claim.tags!.map((tag) => <li key={tag} className="tag-chip">#{tag}</li>)}
            </ul>
          )}
          {canEdit && (
            <div style={{ display: "flex", gap: 8 }}>
              <button className="btn btn-sm" onClick={() => setEditing({ baseVersion: claim.version })}>Edit</button>
              <button className="btn btn-sm btn-danger" onClick={() => setConfirming(true)}>Delete…</button>
            </div>
          )}
          <ClaimHistory workspaceId={map.workspace.id} claimId={claim.id} version={claim.version} />
        </>
      )}

      <StanceControl workspaceId={map.workspace.id} claimId={claim.id} tally={claim.stances} canMark={can(map.role, "stance:write")} onChanged={onChanged} />
      {evaluation}
      {can(map.role, "brief:write") && <PrepareDebate workspaceId={map.workspace.id} claimId={claim.id} claimText={claim.text} canSetUpGroup={can(map.role, "debate:manage")} />}

      {claim.anchor && claim.source && (
        <section>
          <h3>Passage</h3>
          <blockquote className="quote">
            <span className="ctx">…{claim.anchor.prefix}</span>
            <mark>{claim.anchor.exact}</mark>
            <span className="ctx">{claim.anchor.suffix}…</span>
          </blockquote>
          {describeAnchorRevision(claim.anchor) && <p className="faint" data-testid="claim-revision">{describeAnchorRevision(claim.anchor)}</p>}
          <Link href={`${base}/sources/${claim.source.id}?claim=${claim.id}`} className="btn btn-sm">Open in the reader →</Link>
        </section>
      )}

      <EquivalenceSection map={map} claim={claim} canEdit={canEdit} onChanged={onChanged} onSelectClaim={onSelectClaim} />

      <EdgeList title={`Reasons bearing on it (${incoming.length})`} edges={incoming} other={(e) => e.from} textOf={textOf} onSelectEdge={onSelectEdge} onSelectClaim={onSelectClaim} empty="Nothing supports or opposes this claim yet." />
      <EdgeList title={`It bears on (${outgoing.length})`} edges={outgoing} other={(e) => e.to} textOf={textOf} onSelectEdge={onSelectEdge} onSelectClaim={onSelectClaim} empty="This claim is not a reason for another claim yet." />

      {canEdit && (
        <section>
          <h3>Connect to another claim</h3>
          <form onSubmit={onConnect} aria-label="Connect to another claim">
            <KindChoice />
            <div className="field">
              <label htmlFor="connect-target">This claim … the claim</label>
              <select className="select" id="connect-target" name="target" defaultValue="">
                <option value="">Choose a claim</option>
                {map.claims
                  .filter((c) => c.id !== claim.id)
                  .map((c) => (
                    <option key={c.id} value={c.id}>
                      {(c.source?.author ?? "Own") + ": " + (c.text.length > 90 ? `${c.text.slice(0, 87)}…` : c.text)}
                    </option>
                  ))}
              </select>
              <span className="hint">Or drag from the top handle of a card to another card.</span>
            </div>
            <ErrorNote error={connect.error} />
            <button className="btn btn-sm btn-primary" type="submit" disabled={connect.busy}>Connect</button>
          </form>
        </section>
      )}

      <CommentThread workspaceId={map.workspace.id} target={{ type: "claim", id: claim.id }} />

      {confirming && (
        <ConfirmDialog
          title="Delete this claim?"
          confirmLabel={goingWith.length ? `Delete claim and ${goingWith.length} edge${goingWith.length === 1 ? "" : "s"}` : "Delete claim"}
          busy={remove.busy}
          error={remove.error}
          onCancel={() => setConfirming(false)}
          onConfirm={() =>
            remove.run(async () => {
              await api(`/api/workspaces/${map.workspace.id}/claims/${claim.id}`, { method: "DELETE" });
              setConfirming(false);
              onDeleted(goingWith.length ? `Claim and ${goingWith.length} edge${goingWith.length === 1 ? "" : "s"} deleted.` : "Claim deleted.");
            })
          }
        >
          <p>“{claim.text}”</p>
          {goingWith.length > 0 ? (
            <>
              <p className="muted">These edges go with it:</p>
              <ul style={{ paddingLeft: 18, fontSize: 14 }}>
                {goingWith.map((e) => (
                  <li key={e.id}>
                    {e.kind === "support" ? "supports" : "opposes"}: {e.from === claim.id ? textOf(e.to) : textOf(e.from)}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="muted">No edges are attached to it.</p>
          )}
          {claim.anchor && <p className="faint">The passage in the text stays; only the highlight goes.</p>}
        </ConfirmDialog>
      )}
    </aside>
  );
}

function EdgeList({
  title,
  edges,
  other,
  textOf,
  onSelectEdge,
  empty,
}: {
  title: string;
  edges: MapEdge[];
  other: (e: MapEdge) => string;
  textOf: (id: string) => string;
  onSelectEdge: (id: string) => void;
  onSelectClaim: (id: string) => void;
  empty: string;
}) {
  return (
    <section>
      <h3>{title}</h3>
      {edges.length === 0 && <p className="faint">{empty}</p>}
      {edges.map((e) => (
        <button key={e.id} className="edge-item" onClick={() => onSelectEdge(e.id)} data-testid="panel-edge">
          <span className={`kind-tag kind-${e.kind}`}>{e.kind === "support" ? "supports" : "opposes"}</span>
          <span>
            {textOf(other(e))}
            {e.evidence.length > 0 && (
              <span className="faint" style={{ display: "block", marginTop: 2 }}>
                {e.evidence.length} piece{e.evidence.length === 1 ? "" : "s"} of evidence
              </span>
            )}
          </span>
        </button>
      ))}
    </section>
  );
}
