import Link from "next/link";
import type { DisagreementClaim, DisagreementEvidence, DisagreementInference, DisagreementPair, MemberComment, QuoteCitation } from "@/lib/graph/disagreements";
import { sourceColor } from "@/lib/graph/palette";
import { formatParagraphLocation } from "@/lib/reader/paragraph-number";

type Pair = DisagreementPair<DisagreementClaim, DisagreementInference>;

interface Props {
  pair: Pair;
  workspaceId: string;
  shortNames: ReadonlyMap<string, string>;
}

/** One disagreement: the opposing claim's words on the left, the opposed claim's on the right. */
export function PairCard({ pair, workspaceId, shortNames }: Props) {
  const name = (author: string) => shortNames.get(author) ?? author;
  const verb = pair.kind === "undercut" ? "undercuts" : "opposes";
  const titleId = `pair-${pair.id.replaceAll(":", "-")}`;
  const { inference } = pair;
  const hasNotes = inference.note || inference.evidence.length > 0 || inference.comments.length > 0;
  return (
    <article className="dg-pair card" aria-labelledby={titleId} data-testid="disagreement-pair" data-kind={pair.kind}>
      <header className="dg-pair-head">
        <h3 id={titleId}>
          {name(pair.opposingAuthor)} <span className="kind-tag kind-oppose dg-kind">{verb}</span> {name(pair.opposedAuthor)}
        </h3>
        <Link className="btn btn-sm" href={`/w/${workspaceId}/map?focus=${encodeURIComponent(pair.opposing.id)}&with=${encodeURIComponent(pair.opposed.id)}`}>
          Show on map <span aria-hidden="true">→</span>
          <span className="visually-hidden">: {name(pair.opposingAuthor)} {verb} {name(pair.opposedAuthor)}</span>
        </Link>
      </header>

      <div className="dg-sides">
        <ClaimSide claim={pair.opposing} side="opposing" workspaceId={workspaceId} />
        <div className="dg-connector" aria-hidden="true">
          <span className="dg-connector-mark">{pair.kind === "undercut" ? "⤳" : "⊣"}</span>
        </div>
        <ClaimSide claim={pair.opposed} side="opposed" workspaceId={workspaceId} />
      </div>

      <Qualifiers pair={pair} name={name} />

      {hasNotes && (
        <div className="dg-notes">
          {inference.note && (
            <div className="dg-note" data-testid="pair-note">
              <span className="dg-label">Member&apos;s note</span>
              <p>{inference.note}</p>
            </div>
          )}
          {inference.evidence.length > 0 && (
            <div>
              <span className="dg-label">Evidence ({inference.evidence.length})</span>
              <ul className="dg-evidence">
                {inference.evidence.map((evidence) => (
                  <EvidenceItem key={evidence.id} evidence={evidence} workspaceId={workspaceId} />
                ))}
              </ul>
            </div>
          )}
          {inference.comments.length > 0 && <Comments label="Comments on this edge" comments={inference.comments} />}
        </div>
      )}
    </article>
  );
}

function ClaimSide({ claim, side, workspaceId }: { claim: DisagreementClaim; side: "opposing" | "opposed"; workspaceId: string }) {
  const citation = claim.citation;
  return (
    <section className={`dg-side dg-side-${side}`} style={{ "--src": sourceColor(citation?.colorIndex) } as React.CSSProperties} aria-label={side === "opposing" ? "Opposing claim" : "Opposed claim"} data-testid={`pair-${side}`}>
      <div className="dg-side-who">
        <span className="dg-dot" aria-hidden="true" />
        <span className="dg-author">{claim.author}</span>
        {citation?.year ? <span className="dg-year">{citation.year}</span> : null}
      </div>
      {claim.quote ? (
        <blockquote className="dg-quote" data-testid="pair-quote">
          <span aria-hidden="true">“</span>
          {claim.quote}
          <span aria-hidden="true">”</span>
        </blockquote>
      ) : null}
      <p className="dg-claim-text">
        <span className="dg-claim-label">Claim</span> {claim.text}
      </p>
      {citation && (
        <p className="dg-cite">
          <CitationText citation={citation} />
          {" · "}
          <Link href={`/w/${workspaceId}/sources/${citation.sourceId}?claim=${encodeURIComponent(claim.id)}`}>
            Open in the reader<span className="visually-hidden">: {citation.title}</span>
          </Link>
        </p>
      )}
      {claim.comments.length > 0 && <Comments label="Comments on this claim" comments={claim.comments} />}
    </section>
  );
}

/** What the reader needs to know to read the pair right: undercut target, equivalence, linked premises. */
function Qualifiers({ pair, name }: { pair: Pair; name: (author: string) => string }) {
  const lines: React.ReactNode[] = [];
  if (pair.undercuts) {
    const { inference: target, conclusion } = pair.undercuts;
    const step = target.kind === "support" ? "supports" : "tells against";
    lines.push(
      conclusion ? (
        <>
          An undercut: it denies that {name(pair.opposedAuthor)}&apos;s claim {step} “{conclusion.text}”{conclusion.author ? ` (${name(conclusion.author)})` : ""}, without disputing either claim itself.
        </>
      ) : (
        <>An undercut of an undercut: it denies that {name(pair.opposedAuthor)}&apos;s claim defeats the step it attacks.</>
      ),
    );
  }
  if (pair.opposingOnEdge.id !== pair.opposing.id) {
    lines.push(<>Through an equivalence: on the map the edge starts at “{pair.opposingOnEdge.text}”, which states the same as {name(pair.opposingAuthor)}&apos;s claim.</>);
  }
  if (pair.opposedOnEdge.id !== pair.opposed.id) {
    lines.push(<>Through an equivalence: on the map the edge ends at “{pair.opposedOnEdge.text}”, which states the same as {name(pair.opposedAuthor)}&apos;s claim.</>);
  }
  if (pair.linkedPremises.length > 0) {
    lines.push(
      <>
        Linked argument: it opposes only together with {pair.linkedPremises.map((c, i) => (
          <span key={c.id}>
            {i > 0 ? " and " : ""}“{c.text}”{c.author ? ` (${name(c.author)})` : " (a member's own claim)"}
          </span>
        ))}
        .
      </>,
    );
  }
  if (lines.length === 0) return null;
  return (
    <ul className="dg-qualifiers">
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}

function EvidenceItem({ evidence, workspaceId }: { evidence: DisagreementEvidence; workspaceId: string }) {
  return (
    <li className="dg-evidence-item" data-testid="pair-evidence">
      {evidence.quote && (
        <blockquote className="dg-evidence-quote" style={{ "--src": sourceColor(evidence.citation?.colorIndex) } as React.CSSProperties}>
          “{evidence.quote}”
        </blockquote>
      )}
      {evidence.citation && (
        <p className="dg-cite">
          <Link href={`/w/${workspaceId}/sources/${evidence.citation.sourceId}`}>
            <CitationText citation={evidence.citation} withAuthor />
          </Link>
        </p>
      )}
      {evidence.note && <p className="dg-evidence-note">{evidence.note}</p>}
    </li>
  );
}

function CitationText({ citation, withAuthor = false }: { citation: QuoteCitation; withAuthor?: boolean }) {
  return (
    <>
      {withAuthor && `${citation.author}${citation.year ? ` (${citation.year})` : ""}, `}
      <cite>{citation.title}</cite>
      {citation.location && `, ${formatParagraphLocation(citation.location)}`}
    </>
  );
}

function Comments({ label, comments }: { label: string; comments: MemberComment[] }) {
  return (
    <div className="dg-comments">
      <span className="dg-label">{label}</span>
      <ul>
        {comments.map((comment) => (
          <li key={comment.id}>
            <span className="dg-comment-by">{comment.by}</span> {comment.body}
          </li>
        ))}
      </ul>
    </div>
  );
}
