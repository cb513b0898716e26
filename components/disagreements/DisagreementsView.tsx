import Link from "next/link";
import { shortAuthorNames } from "@/lib/graph/author-names";
import type { WorkspaceDisagreements } from "@/lib/graph/disagreements";
import { AuthorMatrix } from "./AuthorMatrix";
import { PairCard } from "./PairCard";
import "./disagreements.css";

interface Props {
  workspaceId: string;
  disagreements: WorkspaceDisagreements;
  canEdit: boolean;
}

/** The disagreements page: the authors matrix, then every pair of opposed claims grouped by author pair. */
export function DisagreementsView({ workspaceId, disagreements, canEdit }: Props) {
  const { groups, matrix, skipped } = disagreements;
  const shortNames = shortAuthorNames(matrix.authors);
  const name = (author: string) => shortNames.get(author) ?? author;
  // Anchors use author positions, not names, so any name makes a valid fragment.
  const position = new Map(matrix.authors.map((a, i) => [a, i]));
  const anchorOf = (a: string, b: string) => `authors-${[position.get(a), position.get(b)].sort().join("-")}`;
  const grouped = new Set(groups.map((g) => anchorOf(g.authors[0], g.authors[1])));
  const groupAnchor = (a: string, b: string) => (grouped.has(anchorOf(a, b)) ? anchorOf(a, b) : null);
  const pairCount = disagreements.pairs.length;

  return (
    <div className="page dg-page">
      <div className="page-head">
        <div>
          <h1>Disagreements</h1>
          <p className="muted dg-lede">
            Claims by different authors set against each other on the map: one opposes the other, or undercuts the reasoning behind it.
            Members&apos; own claims have no author and are left out, unless a member grouped one with an author&apos;s claim as the same proposition.
          </p>
        </div>
      </div>

      {matrix.authors.length < 2 ? (
        <div className="card empty" data-testid="disagreements-empty">
          <h2>Disagreements need two authors</h2>
          <p>Import texts by at least two authors, mark claims in them, then connect a claim from one text to a claim from the other with “opposes”.</p>
          <Link className="btn btn-primary" href={`/w/${workspaceId}/sources`}>
            Go to the texts
          </Link>
        </div>
      ) : (
        <>
          <section className="card dg-overview" aria-label="Overview">
            <AuthorMatrix matrix={matrix} shortNames={shortNames} groupAnchor={groupAnchor} />
            {groups.length > 0 && (
              <nav className="dg-toc" aria-label="Author pairs">
                <h2 className="dg-label">By author pair</h2>
                <p className="faint dg-toc-total">
                  {pairCount} opposed {pairCount === 1 ? "pair" : "pairs"} of claims between {groups.length} {groups.length === 1 ? "pair" : "pairs"} of authors
                </p>
                <ul>
                  {groups.map((group) => (
                    <li key={anchorOf(group.authors[0], group.authors[1])}>
                      <a href={`#${anchorOf(group.authors[0], group.authors[1])}`}>
                        {name(group.authors[0])} <span className="dg-versus">⟷</span> {name(group.authors[1])}
                        <span className="dg-toc-count">{group.pairs.length}</span>
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            )}
          </section>

          {groups.length === 0 && (
            <div className="card empty" data-testid="disagreements-empty">
              <h2>No disagreements between authors yet</h2>
              <p>
                A disagreement appears here when a claim from one author&apos;s text opposes a claim from another&apos;s. On the map, drag from a
                claim&apos;s top handle onto a claim by another author and choose “opposes”, or open a claim and use “Connect to another claim”.
              </p>
              <Link className="btn btn-primary" href={`/w/${workspaceId}/map`}>
                {canEdit ? "Open the map to connect claims" : "Open the map"}
              </Link>
            </div>
          )}

          {groups.map((group) => {
            const [first, second] = group.authors;
            const anchor = anchorOf(first, second);
            return (
              <section key={anchor} id={anchor} className="dg-group" aria-labelledby={`${anchor}-title`} data-testid="disagreement-group">
                <header className="dg-group-head">
                  <h2 id={`${anchor}-title`}>
                    {name(first)} <span className="dg-versus">⟷</span> {name(second)}
                  </h2>
                  <p className="faint">
                    {group.pairs.length} {group.pairs.length === 1 ? "pair" : "pairs"}: {name(first)} against {name(second)} {group.counts[0]}, {name(second)} against {name(first)} {group.counts[1]}
                    {first !== name(first) || second !== name(second) ? ` · ${first} and ${second}` : ""}
                  </p>
                </header>
                <div className="dg-pairs">
                  {group.pairs.map((pair) => (
                    <PairCard key={pair.id} pair={pair} workspaceId={workspaceId} shortNames={shortNames} />
                  ))}
                </div>
              </section>
            );
          })}
        </>
      )}

      {skipped.unattributed + skipped.sameAuthor > 0 && (
        <p className="faint dg-skipped" data-testid="disagreements-skipped">
          Not listed: {[
            skipped.unattributed > 0 && `${skipped.unattributed} ${skipped.unattributed === 1 ? "opposition involves" : "oppositions involve"} a member's own claim`,
            skipped.sameAuthor > 0 && `${skipped.sameAuthor} ${skipped.sameAuthor === 1 ? "opposition stays" : "oppositions stay"} within one author's text`,
          ]
            .filter(Boolean)
            .join("; ")}
          .
        </p>
      )}
    </div>
  );
}
