"use client";

import { useState } from "react";
import { api, ApiError } from "@/components/ui/api";
import type { MapEdge, WorkspaceMap } from "@/lib/graph/types";
import { SCHEMES, questionOfKey, questionStatuses, schemeById, type QuestionStatus } from "@/lib/schemes/catalogue";
import { ErrorNote, useSubmit } from "./dialogs";

interface Props {
  map: WorkspaceMap;
  edge: MapEdge;
  canEdit: boolean;
  onSelectEdge: (id: string) => void;
  onChanged: () => Promise<void>;
}

/**
 * The argumentation scheme of a support or opposition and its critical questions: each one open or
 * raised (with a link to the objection that raised it), and for editors "Raise as objection", which
 * drafts the objection's words from the question for the user to edit before saving.
 */
export function SchemeSection({ map, edge, canEdit, onSelectEdge, onChanged }: Props) {
  const scheme = schemeById(edge.scheme);
  const statuses = questionStatuses(edge.scheme, edge.raisedQuestions ?? []);
  const setScheme = useSubmit();
  const [raising, setRaising] = useState<string | null>(null);
  const open = statuses.filter((q) => !q.raisedBy).length;

  async function changeScheme(value: string) {
    await setScheme.run(async () => {
      try {
        await api(`/api/workspaces/${map.workspace.id}/edges/${edge.id}`, { method: "PATCH", body: { version: edge.version, scheme: value || null } });
      } catch (e) {
        if (e instanceof ApiError && e.code === "CONFLICT") {
          await onChanged();
          throw new Error("Someone else changed this edge meanwhile; it has been reloaded. Choose the scheme again.");
        }
        throw e;
      }
      setRaising(null);
      await onChanged();
    });
  }

  return (
    <section aria-labelledby={`scheme-${edge.id}`} data-testid="scheme-section">
      <h3 id={`scheme-${edge.id}`}>Scheme{scheme ? ` · ${open} of ${statuses.length} questions open` : ""}</h3>
      {canEdit ? (
        <div className="field">
          <label htmlFor={`scheme-pick-${edge.id}`}>Kind of argument</label>
          <select className="select" id={`scheme-pick-${edge.id}`} value={edge.scheme ?? ""} disabled={setScheme.busy} onChange={(e) => void changeScheme(e.target.value)}>
            <option value="">No scheme</option>
            {SCHEMES.map((s) => (
              <option key={s.id} value={s.id}>{s.name}</option>
            ))}
          </select>
        </div>
      ) : (
        !scheme && <p className="faint">Not typed with a scheme.</p>
      )}
      <ErrorNote error={setScheme.error} />
      {scheme && (
        <>
          <p className="faint" style={{ marginTop: 0 }}>{scheme.name}: {scheme.pattern}</p>
          <ol className="question-list" aria-label="Critical questions">
            {statuses.map((q) => (
              <li key={q.key} className={`question-item${q.raisedBy ? " raised" : ""}`} data-testid="critical-question">
                <div className="question-head">
                  <span className={`question-status ${q.raisedBy ? "raised" : "open"}`}>{q.raisedBy ? "✓ raised" : "○ open"}</span>
                  <span>{q.question}</span>
                </div>
                <div className="question-meta faint">{q.answeredBy === "undercut" ? "Answered by an objection to the inference" : "Answered by a claim against a premise"}</div>
                {q.raisedBy ? (
                  <button className="btn btn-ghost btn-sm" onClick={() => onSelectEdge(q.raisedBy!)}>Open its objection</button>
                ) : (
                  canEdit &&
                  (raising === q.key ? (
                    <RaiseForm map={map} edge={edge} question={q} schemeId={scheme.id} onDone={async () => { setRaising(null); await onChanged(); }} onCancel={() => setRaising(null)} />
                  ) : (
                    <button className="btn btn-sm" onClick={() => setRaising(q.key)}>Raise as objection</button>
                  ))
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function RaiseForm({ map, edge, question, schemeId, onDone, onCancel }: { map: WorkspaceMap; edge: MapEdge; question: QuestionStatus; schemeId: string; onDone: () => Promise<void>; onCancel: () => void }) {
  const [text, setText] = useState(question.draft);
  const premises = edge.premises.length ? edge.premises : [edge.from];
  const [premiseId, setPremiseId] = useState(premises[0]!);
  const submit = useSubmit();
  const claimText = (id: string) => map.claims.find((c) => c.id === id)?.text ?? "";
  const fieldId = `raise-${edge.id}-${question.id}`;

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!text.trim()) return submit.setError("Write the objection.");
    await submit.run(async () => {
      await api(`/api/workspaces/${map.workspace.id}/edges/${edge.id}/critical-questions`, {
        body: { scheme: schemeId, question: question.id, text, ...(question.answeredBy === "premise" ? { premiseId } : {}) },
      });
      await onDone();
    });
  }

  return (
    <form onSubmit={onSubmit} aria-label={`Raise “${question.question}” as an objection`} className="raise-form">
      <div className="field">
        <label htmlFor={fieldId}>Objection <span className="faint">(edit the words before saving)</span></label>
        <textarea className="textarea" id={fieldId} value={text} onChange={(e) => setText(e.target.value)} rows={3} maxLength={2000} autoFocus />
      </div>
      {question.answeredBy === "premise" && premises.length > 1 && (
        <div className="field">
          <label htmlFor={`${fieldId}-premise`}>Against the premise</label>
          <select className="select" id={`${fieldId}-premise`} value={premiseId} onChange={(e) => setPremiseId(e.target.value)}>
            {premises.map((id) => (
              <option key={id} value={id}>{claimText(id).length > 80 ? `${claimText(id).slice(0, 79)}…` : claimText(id)}</option>
            ))}
          </select>
        </div>
      )}
      <p className="faint" style={{ margin: "0 0 8px" }}>
        {question.answeredBy === "undercut" ? "Saved as a new claim that objects to this inference (an undercut)." : `Saved as a new claim opposing “${claimText(premiseId).slice(0, 60)}”.`}
      </p>
      <ErrorNote error={submit.error} />
      <div style={{ display: "flex", gap: 8 }}>
        <button className="btn btn-sm btn-primary" type="submit" disabled={submit.busy}>Save objection</button>
        <button className="btn btn-sm" type="button" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}

/** On an objection raised from a critical question: which question it answers. */
export function RaisedQuestionNote({ question }: { question: string }) {
  const found = questionOfKey(question);
  if (!found) return null;
  return (
    <p className="raised-note" data-testid="raised-question">
      Raises the critical question “{found.question.question}” ({found.scheme.name.toLowerCase()})
    </p>
  );
}
