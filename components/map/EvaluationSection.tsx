import { formatStrength, MAP_SEMANTICS_LABELS, type ClaimVerdict, type MapSemantics } from "@/lib/argumentation/map-evaluation";
import type { WorkspaceMap } from "@/lib/graph/types";
import { StatusBadge, StrengthBar } from "./NodeVerdict";

/** The claim panel's account of the verdict: what it is, why, and which claims defeat it. */
export function EvaluationSection({ map, verdict, semantics, onSelectClaim }: { map: WorkspaceMap; verdict: ClaimVerdict; semantics: MapSemantics; onSelectClaim: (id: string) => void }) {
  const textOf = (id: string) => map.claims.find((c) => c.id === id)?.text ?? "(deleted claim)";
  const defeaters = verdict.kind === "status" ? [...new Set(verdict.defeatedBy.flatMap((d) => d.premises))] : [];
  return (
    <section aria-labelledby="evaluation-heading" data-testid="evaluation-section">
      <h3 id="evaluation-heading">Evaluation · {MAP_SEMANTICS_LABELS[semantics]}</h3>
      <div className="evaluation-verdict">
        {verdict.kind === "status" ? <StatusBadge status={verdict.status} /> : <StrengthBar strength={verdict.strength} label="strength" />}
        {verdict.kind === "strength" && <span className="faint">base score {formatStrength(verdict.base)}</span>}
      </div>
      {defeaters.length > 0 && (
        <div className="defeated-by" data-testid="defeated-by">
          <span className="defeated-by-label">Defeated by:</span>
          {defeaters.map((id) => (
            <button key={id} type="button" className="edge-item" onClick={() => onSelectClaim(id)}>
              <span className="kind-tag kind-oppose">opposes</span>
              <span>{textOf(id)}</span>
            </button>
          ))}
        </div>
      )}
      <p className="evaluation-why" data-testid="evaluation-explanation">{verdict.explanation}</p>
    </section>
  );
}
