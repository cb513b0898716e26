"use client";

import { useState } from "react";
import { api } from "@/components/ui/api";
import type { MapEdge, WorkspaceMap } from "@/lib/graph/types";
import { ErrorNote, useSubmit } from "./dialogs";

interface Props {
  map: WorkspaceMap;
  edge: MapEdge;
  canEdit: boolean;
  onSelectClaim: (id: string) => void;
  onChanged: () => Promise<void>;
}

const clip = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The premises of a support or opposition, with the keyboard way to link more: pick an existing claim,
 * or write the premise the author leaves unstated. Several premises are linked: they carry the
 * conclusion only together, and removing the last but one makes a plain single-premise edge again.
 */
export function PremiseList({ map, edge, canEdit, onSelectClaim, onChanged }: Props) {
  const premises = edge.premises.length ? edge.premises : [edge.from];
  const linked = premises.length > 1;
  const claim = (id: string) => map.claims.find((c) => c.id === id);
  const url = `/api/workspaces/${map.workspace.id}/edges/${edge.id}/premises`;
  const remove = useSubmit();

  return (
    <section aria-labelledby={`premises-${edge.id}`} data-testid="premises-section">
      <h3 id={`premises-${edge.id}`}>{linked ? `Linked premises (${premises.length})` : "Premise"}</h3>
      {linked && <p className="faint" style={{ marginTop: 0 }}>These premises {edge.kind === "support" ? "support" : "oppose"} the conclusion only together: an objection to any one of them weakens the whole argument.</p>}
      <ul className="premise-list">
        {premises.map((id) => {
          const premise = claim(id);
          const isUnstated = premise?.type === "unstated";
          return (
            <li key={id} className={`premise-item${isUnstated ? " unstated" : ""}`} data-testid="premise-item">
              <button className="edge-item" style={{ gridTemplateColumns: "1fr" }} onClick={() => onSelectClaim(id)}>
                <span>
                  {isUnstated ? <span className="unstated-tag">◌ unstated</span> : <span className="faint">{premise?.source?.author ?? "Own claim"}: </span>}
                  {premise?.text}
                </span>
              </button>
              {canEdit && linked && (
                <button
                  className="btn btn-ghost btn-sm"
                  disabled={remove.busy}
                  aria-label={`Remove “${clip(premise?.text ?? "", 40)}” from this argument`}
                  onClick={() => remove.run(async () => { await api(url, { method: "DELETE", body: { version: edge.version, claimId: id } }); await onChanged(); })}
                >
                  Remove
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <ErrorNote error={remove.error} />
    </section>
  );
}

/** Linking more premises by keyboard: pick an existing claim, or write the one the author leaves unstated. */
export function PremiseActions({ map, edge, onChanged }: Omit<Props, "canEdit" | "onSelectClaim">) {
  const premises = edge.premises.length ? edge.premises : [edge.from];
  const candidates = map.claims.filter((c) => c.id !== edge.to && !premises.includes(c.id));
  const url = `/api/workspaces/${map.workspace.id}/edges/${edge.id}/premises`;
  const add = useSubmit();
  const addUnstated = useSubmit();
  const [picked, setPicked] = useState("");
  const [unstatedOpen, setUnstatedOpen] = useState(false);
  const [unstated, setUnstated] = useState("");

  async function onAdd(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!picked) return add.setError("Choose the claim that works together with the others.");
    await add.run(async () => {
      await api(url, { body: { version: edge.version, claimId: picked } });
      setPicked("");
      await onChanged();
    });
  }

  /** Just right of the rightmost placed premise, so the new card neither hides the junction nor lands off in a corner. */
  function besidePremises(): { position?: { x: number; y: number } } {
    const placed = premises.map((id) => map.claims.find((c) => c.id === id)?.position).filter((p): p is { x: number; y: number } => !!p);
    if (placed.length === 0) return {};
    return { position: { x: Math.max(...placed.map((p) => p.x)) + 300, y: placed.reduce((sum, p) => sum + p.y, 0) / placed.length } };
  }

  async function onAddUnstated(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!unstated.trim()) return addUnstated.setError("Write the premise the argument needs but does not state.");
    await addUnstated.run(async () => {
      await api(url, { body: { version: edge.version, unstated, ...besidePremises() } });
      setUnstated("");
      setUnstatedOpen(false);
      await onChanged();
    });
  }

  return (
    <section aria-labelledby={`premise-actions-${edge.id}`}>
      <h3 id={`premise-actions-${edge.id}`}>Build the argument</h3>
      {(
        <div className="premise-actions">
          {candidates.length > 0 && (
            <form onSubmit={onAdd} aria-label="Add a premise">
              <div className="field">
                <label htmlFor={`add-premise-${edge.id}`}>Add a premise… <span className="faint">(linked: works only together with the others)</span></label>
                <select className="select" id={`add-premise-${edge.id}`} value={picked} onChange={(e) => setPicked(e.target.value)}>
                  <option value="">Choose a claim…</option>
                  {candidates.map((c) => (
                    <option key={c.id} value={c.id}>{clip(c.text)}</option>
                  ))}
                </select>
              </div>
              <ErrorNote error={add.error} />
              <button className="btn btn-sm" type="submit" disabled={add.busy}>Add premise</button>
            </form>
          )}
          {!unstatedOpen ? (
            <button className="btn btn-sm" type="button" onClick={() => setUnstatedOpen(true)} style={{ marginTop: 8 }}>
              Add unstated premise
            </button>
          ) : (
            <form onSubmit={onAddUnstated} aria-label="Add unstated premise" style={{ marginTop: 8 }}>
              <div className="field">
                <label htmlFor={`unstated-${edge.id}`}>Unstated premise <span className="faint">(what the argument needs but the author does not write)</span></label>
                <textarea className="textarea" id={`unstated-${edge.id}`} value={unstated} onChange={(e) => setUnstated(e.target.value)} rows={2} maxLength={2000} autoFocus />
              </div>
              <ErrorNote error={addUnstated.error} />
              <div style={{ display: "flex", gap: 8 }}>
                <button className="btn btn-sm btn-primary" type="submit" disabled={addUnstated.busy}>Add unstated premise</button>
                <button className="btn btn-sm" type="button" onClick={() => { setUnstatedOpen(false); addUnstated.setError(null); }}>Cancel</button>
              </div>
            </form>
          )}
        </div>
      )}
    </section>
  );
}
