"use client";

import { isGradualMapSemantics, MAP_SEMANTICS, MAP_SEMANTICS_LABELS, isMapSemantics, type MapEvaluation } from "@/lib/argumentation/map-evaluation";
import type { EvaluationView } from "@/lib/graph/evaluation-view";
import { parsePerspective, perspectiveParam } from "@/lib/stances/perspective";
import type { MemberOption } from "./useEvaluation";

interface Props {
  view: EvaluationView;
  onChange: (view: EvaluationView) => void;
  evaluation: MapEvaluation | null;
  members: MemberOption[];
  baseNote: string | null;
  error: string | null;
}

/** One line that sums the overlay up: how many claims stand, fall or stay open. */
function summary(evaluation: MapEvaluation): string {
  const counts = { in: 0, out: 0, undec: 0 };
  let strengths = 0;
  for (const verdict of evaluation.claims.values()) {
    if (verdict.kind === "status") counts[verdict.status]++;
    else strengths++;
  }
  if (strengths > 0) return `Strengths of ${strengths} claims shown on the cards.`;
  return `${counts.in} in · ${counts.out} out · ${counts.undec} undecided`;
}

/** Choose a semantics (and, for gradual ones, whose stances set the base scores); off hides the overlay. */
export function EvaluateControl({ view, onChange, evaluation, members, baseNote, error }: Props) {
  const gradual = view.semantics !== null && isGradualMapSemantics(view.semantics);
  return (
    <div className="card evaluate-control" data-testid="evaluate-control">
      <div className="evaluate-row">
        <label htmlFor="evaluate-semantics">Evaluate</label>
        <select
          id="evaluate-semantics"
          className="select select-sm"
          value={view.semantics ?? ""}
          onChange={(e) => onChange({ ...view, semantics: isMapSemantics(e.target.value) ? e.target.value : null })}
        >
          <option value="">Off</option>
          <optgroup label="Which claims stand">
            {MAP_SEMANTICS.filter((s) => !isGradualMapSemantics(s)).map((s) => (
              <option key={s} value={s}>{MAP_SEMANTICS_LABELS[s]}</option>
            ))}
          </optgroup>
          <optgroup label="How strong each claim is">
            {MAP_SEMANTICS.filter(isGradualMapSemantics).map((s) => (
              <option key={s} value={s}>{MAP_SEMANTICS_LABELS[s]}</option>
            ))}
          </optgroup>
        </select>
        {gradual && (
          <>
            <label htmlFor="evaluate-perspective">as seen by</label>
            <select
              id="evaluate-perspective"
              className="select select-sm"
              value={perspectiveParam(view.perspective)}
              onChange={(e) => onChange({ ...view, perspective: parsePerspective(e.target.value) })}
            >
              <option value="neutral">no one (all 0.5)</option>
              <option value="group">the group</option>
              {members.map((m) => (
                <option key={m.id} value={perspectiveParam({ kind: "member", memberId: m.id })}>
                  {m.isYou ? "you" : m.label}
                </option>
              ))}
              {view.perspective.kind === "member" && !members.some((m) => m.id === (view.perspective as { memberId: string }).memberId) && (
                <option value={perspectiveParam(view.perspective)}>a member…</option>
              )}
            </select>
          </>
        )}
      </div>
      {view.semantics && (
        <div className="evaluate-notes" aria-live="polite">
          {error && <p className="evaluate-error" role="alert">{error}</p>}
          {evaluation?.notice && <p className="evaluate-notice" role="status">{evaluation.notice}</p>}
          {evaluation && evaluation.claims.size > 0 && <p className="faint" data-testid="evaluate-summary">{summary(evaluation)}</p>}
          {gradual && baseNote && <p className="faint" data-testid="evaluate-base-note">{baseNote}</p>}
          {evaluation && evaluation.skipped.length > 0 && <p className="faint">{evaluation.skipped.length} edge{evaluation.skipped.length === 1 ? "" : "s"} left out: they refer to deleted claims.</p>}
        </div>
      )}
    </div>
  );
}
