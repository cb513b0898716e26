import Link from "next/link";
import { SEMANTICS_LABEL, gapLabel, type BriefCitation, type BriefClaim, type BriefEvidence, type BriefPoint, type ComputedBrief } from "@/lib/brief";

interface Props {
  workspaceId: string;
  title: string;
  brief: ComputedBrief;
  timeLimitMinutes: number | null;
  /** "Computed from the live map at …" or "Snapshot taken … by …". */
  provenance: string;
  /** Controls shown beside the summary on screen (the semantics switch); not printed. */
  summaryControls?: React.ReactNode;
}

const GROUNDED: Record<BriefClaim["grounded"], string> = { in: "in", out: "out", undec: "undecided" };

/** The brief as a document: readable on screen and printable as it is (see brief.css). */
export function BriefDocument({ workspaceId, title, brief, timeLimitMinutes, provenance, summaryControls }: Props) {
  const base = `/w/${workspaceId}`;
  return (
    <article className="brief-doc" data-testid="brief-document">
      <header className="brief-header">
        <p className="brief-kicker">
          Debate brief · {brief.side === "for" ? "For the motion" : "Against the motion"}
          {timeLimitMinutes ? ` · ${timeLimitMinutes}-minute speech` : ""}
        </p>
        <h1>{title}</h1>
        <p className="brief-motion-label">Motion</p>
        <blockquote className="brief-motion" data-testid="brief-thesis">
          {brief.thesis.text}
          {brief.thesis.citation && <Cite citation={brief.thesis.citation} />}
        </blockquote>
        <div className="brief-summary-row">
          <p className="brief-summary" data-testid="brief-summary">
            <span className="brief-summary-label">Where the motion stands</span> {brief.summary.line}
            {!brief.summary.converged && <span className="faint"> (did not settle on a cycle; approximate)</span>}
          </p>
          {summaryControls}
        </div>
        <p className="faint brief-provenance">{provenance} · strengths by {SEMANTICS_LABEL[brief.semantics]}</p>
      </header>

      <section aria-labelledby="brief-case" className="brief-section" data-testid="brief-case">
        <h2 id="brief-case">The case</h2>
        <p className="brief-section-lede">Claims that argue your side, directly or through a chain, strongest first.</p>
        {brief.case.length === 0 ? (
          <p className="brief-empty">Nothing on the map argues this side yet. Add reasons on the map, then come back.</p>
        ) : (
          <ol className="brief-list">
            {brief.case.map((point) => (
              <li key={point.id} className="brief-point">
                <Point point={point} base={base} />
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="brief-objections" className="brief-section" data-testid="brief-objections">
        <h2 id="brief-objections">Objections to expect</h2>
        <p className="brief-section-lede">The strongest claims on the other side, each with the answers the map holds, best first.</p>
        {brief.objections.length === 0 ? (
          <p className="brief-empty">Nothing on the map argues the other side.</p>
        ) : (
          <ol className="brief-list">
            {brief.objections.map(({ objection, rebuttals }) => (
              <li key={objection.id} className="brief-point brief-objection" data-testid="brief-objection">
                <Point point={objection} base={base} />
                <div className="brief-rebuttals">
                  <h3>{rebuttals.length === 0 ? "No rebuttal on the map" : rebuttals.length === 1 ? "Rebuttal" : `Rebuttals (${rebuttals.length})`}</h3>
                  {rebuttals.length === 0 && <p className="brief-empty">Listed under gaps: research an answer, or practise one in the drill.</p>}
                  <ul>
                    {rebuttals.map((r) => (
                      <li key={`${r.id}-${r.edgeId}`} data-testid="brief-rebuttal">
                        <span className="brief-tag">{r.kind === "oppose" ? "opposes it" : "undercuts its edge"}</span>
                        <Strength value={r.strength} />
                        <span className="brief-rebuttal-text">{r.text}</span>
                        {r.citation && <Cite citation={r.citation} />}
                        <ClaimLinks claim={r} base={base} />
                      </li>
                    ))}
                  </ul>
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="brief-gaps" className="brief-section" data-testid="brief-gaps">
        <h2 id="brief-gaps">Gaps</h2>
        {brief.gaps.length === 0 ? (
          <p className="brief-empty">None: every objection has an answer on the map and every point has a source.</p>
        ) : (
          <ul className="brief-gaps">
            {brief.gaps.map((gap) => (
              <li key={`${gap.kind}-${gap.claimId}-${gap.kind === "open-question" ? gap.question : ""}`}>
                <strong>{gapLabel(gap)}</strong> {gap.text}{" "}
                <Link className="no-print" href={`${base}/map?claim=${encodeURIComponent(gap.claimId)}`}>on the map</Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="brief-bibliography" className="brief-section" data-testid="brief-bibliography">
        <h2 id="brief-bibliography">Bibliography</h2>
        {brief.bibliography.length === 0 ? (
          <p className="brief-empty">No sources cited.</p>
        ) : (
          <ul className="brief-bibliography">
            {brief.bibliography.map((entry) => (
              <li key={entry.sourceId}>
                {entry.author} ({entry.year ?? "n.d."}). <em>{entry.title}</em>.
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}

const RELATION: Record<BriefPoint["via"]["kind"], string> = { support: "supports", oppose: "opposes", undercut: "undercuts a reason bearing on" };

function Point({ point, base }: { point: BriefPoint; base: string }) {
  // At distance 1 the edge (or the edge an undercut denies) ends on the motion itself.
  const direct = point.distance === 1;
  return (
    <>
      <div className="brief-point-meta">
        <Strength value={point.strength} />
        <span className="brief-tag">grounded: {GROUNDED[point.grounded]}</span>
        <span className="brief-relation">
          {direct ? `${RELATION[point.via.kind]} the motion` : <>{RELATION[point.via.kind]} “{clip(point.via.targetText)}”</>}
          {point.linkedWith.length > 0 && <> · only together with “{point.linkedWith.map(clip).join("”, “")}”</>}
          {point.contested && <> · also argues the other way</>}
        </span>
      </div>
      <p className="brief-claim">{point.text}</p>
      {point.quote && (
        <blockquote className="brief-quote">
          “{point.quote}”{point.citation && <Cite citation={point.citation} />}
        </blockquote>
      )}
      {!point.quote && <p className="brief-own">A member’s own claim, not anchored in a text.</p>}
      {point.evidence.length > 0 && <Evidence items={point.evidence} />}
      <ClaimLinks claim={point} base={base} />
    </>
  );
}

function Evidence({ items }: { items: BriefEvidence[] }) {
  return (
    <ul className="brief-evidence" aria-label="Evidence">
      {items.map((e, i) => (
        <li key={i}>
          <span className="brief-evidence-label">Evidence</span> {e.quote && <>“{e.quote}”</>}
          {e.citation && <Cite citation={e.citation} />}
          {e.note && <span className="brief-note"> {e.note}</span>}
        </li>
      ))}
    </ul>
  );
}

function Cite({ citation }: { citation: BriefCitation }) {
  return (
    <cite className="brief-cite">
      {" "}— {citation.author} ({citation.year ?? "n.d."}), <em>{citation.title}</em>
      {citation.location ? `, ${citation.location}` : ""}
    </cite>
  );
}

function Strength({ value }: { value: number }) {
  const shown = value.toFixed(2);
  return (
    <span className="brief-strength" title="Strength under the chosen semantics, from 0 to 1">
      <span className="brief-strength-bar" aria-hidden="true">
        <span style={{ width: `${Math.round(value * 100)}%` }} />
      </span>
      <span className="brief-strength-value">strength {shown}</span>
    </span>
  );
}

function ClaimLinks({ claim, base }: { claim: BriefClaim; base: string }) {
  return (
    <span className="brief-links no-print">
      <Link href={`${base}/map?claim=${encodeURIComponent(claim.id)}`}>Show on map</Link>
      {claim.citation && <Link href={`${base}/sources/${claim.citation.sourceId}?claim=${encodeURIComponent(claim.id)}`}>Passage in the reader</Link>}
    </span>
  );
}

function clip(text: string): string {
  return text.length > 90 ? `${text.slice(0, 87)}…` : text;
}
