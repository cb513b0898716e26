import { formatStrength, isGradualMapSemantics, MAP_SEMANTICS_LABELS, type ClaimVerdict, type MapSemantics } from "@/lib/argumentation/map-evaluation";
import type { Label } from "@/lib/argumentation/framework";

/** Each status has its own icon and word, so the colour is never the only cue. */
export const STATUS_DISPLAY: Record<Label, { icon: string; word: string }> = {
  in: { icon: "✔", word: "in" },
  out: { icon: "⊘", word: "out" },
  undec: { icon: "◐", word: "undecided" },
};

/** `sample`: a legend's example, not a verdict (kept out of what tests and tools count as verdicts). */
export function StatusBadge({ status, sample = false }: { status: Label; sample?: boolean }) {
  const { icon, word } = STATUS_DISPLAY[status];
  return (
    <span className={`verdict-badge verdict-${status}`} data-testid={sample ? undefined : "verdict-status"} data-status={sample ? undefined : status}>
      <span aria-hidden="true">{icon}</span> {word}
    </span>
  );
}

export function StrengthBar({ strength, label, sample = false }: { strength: number; label?: string; sample?: boolean }) {
  return (
    <span className="strength" data-testid={sample ? undefined : "verdict-strength"} data-strength={sample ? undefined : strength.toFixed(6)}>
      <span className="strength-track" aria-hidden="true">
        <span className="strength-fill" style={{ width: `${Math.round(strength * 100)}%` }} />
      </span>
      <span className="strength-value">{label ? `${label} ` : ""}{formatStrength(strength)}</span>
    </span>
  );
}

/** The evaluation at a card's foot: a status badge or a strength bar, with the verdict as tooltip. */
export function NodeVerdict({ verdict }: { verdict: ClaimVerdict }) {
  const label = verdict.kind === "status" ? `Evaluation: ${STATUS_DISPLAY[verdict.status].word}` : `Strength ${formatStrength(verdict.strength)}`;
  return (
    <div className="node-verdict" role="img" aria-label={`${label}. ${verdict.explanation}`} title={verdict.explanation} data-testid="node-verdict">
      {verdict.kind === "status" ? <StatusBadge status={verdict.status} /> : <StrengthBar strength={verdict.strength} label="strength" />}
    </div>
  );
}

/** Legend rows for what the overlay shows. */
export function EvaluationLegend({ semantics }: { semantics: MapSemantics }) {
  return (
    <>
      <span className="legend-title" style={{ marginTop: 4 }}>{MAP_SEMANTICS_LABELS[semantics]}</span>
      {isGradualMapSemantics(semantics) ? (
        <span className="legend-row">
          <StrengthBar strength={0.62} sample />
          strength, 0 to 1 (base score 0.5 unless a perspective says otherwise)
        </span>
      ) : (
        <span className="legend-row legend-statuses">
          <StatusBadge status="in" sample /> accepted <StatusBadge status="out" sample /> defeated <StatusBadge status="undec" sample /> open
        </span>
      )}
    </>
  );
}
