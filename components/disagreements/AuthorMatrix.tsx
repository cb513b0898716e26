import type { AuthorMatrix as Matrix } from "@/lib/graph/disagreements";

interface Props {
  matrix: Matrix;
  shortNames: ReadonlyMap<string, string>;
  /** The anchor of an author pair's group on the page, when it has pairs to jump to. */
  groupAnchor: (a: string, b: string) => string | null;
}

/** Cell tint grows with the count, relative to the busiest cell, so the pattern reads at a glance. */
function tint(count: number, max: number): string | undefined {
  if (count === 0 || max === 0) return undefined;
  return `${Math.round(10 + (count / max) * 38)}%`;
}

/**
 * Authors × authors: how often the row's author argues against (−) and for (+) the column's author.
 * A real table (row and column headers) so a screen reader announces "Post, Meaney: 2 oppositions".
 */
export function AuthorMatrix({ matrix, shortNames, groupAnchor }: Props) {
  const { authors, oppose, support } = matrix;
  const maxOppose = Math.max(0, ...oppose.flat());
  const maxSupport = Math.max(0, ...support.flat());
  const name = (author: string) => shortNames.get(author) ?? author;
  return (
    <div className="dg-matrix-block">
      <h2 className="dg-matrix-title" id="dg-matrix-title">
        Who argues with whom
      </h2>
      <p className="dg-matrix-explain" id="dg-matrix-explain">
        Read across: each row is the author of the premise, each column the author of the claim it argues about.{" "}
        <span className="dg-key dg-count-oppose">−</span> counts edges that oppose or undercut, <span className="dg-key dg-count-support">+</span> edges that support.
      </p>
      {/* Scrolls sideways when there are many authors; focusable so the keyboard can scroll it too. */}
      <div className="dg-matrix-scroll" role="region" aria-labelledby="dg-matrix-title" tabIndex={0}>
        <table className="dg-matrix" data-testid="author-matrix" aria-describedby="dg-matrix-explain">
          <caption className="visually-hidden">
            Oppositions (−) and supports (+) between authors: rows are the authors of premises, columns the authors of the claims they argue about.
          </caption>
        <thead>
          <tr>
            <td className="dg-corner">
              <span aria-hidden="true">premise ↓ · about →</span>
            </td>
            {authors.map((author) => (
              <th key={author} scope="col" title={author}>
                {name(author)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {authors.map((rowAuthor, row) => (
            <tr key={rowAuthor}>
              <th scope="row" title={rowAuthor}>
                {name(rowAuthor)}
              </th>
              {authors.map((columnAuthor, column) => {
                if (row === column) {
                  return (
                    <td key={columnAuthor} className="dg-cell dg-cell-self">
                      <span aria-hidden="true">·</span>
                      <span className="visually-hidden">same author, not counted</span>
                    </td>
                  );
                }
                const against = oppose[row]![column]!;
                const forIt = support[row]![column]!;
                const anchor = against > 0 ? groupAnchor(rowAuthor, columnAuthor) : null;
                const opposeLabel = `${against} ${against === 1 ? "opposition" : "oppositions"}`;
                return (
                  <td key={columnAuthor} className="dg-cell" data-testid={`matrix-${rowAuthor}|${columnAuthor}`}>
                    <span className="dg-cell-pair">
                      <span className={`dg-count dg-count-oppose${against ? "" : " zero"}`} style={{ "--strength": tint(against, maxOppose) } as React.CSSProperties} data-testid="matrix-oppose" data-count={against}>
                        {anchor ? (
                          <a href={`#${anchor}`} aria-label={`${opposeLabel}: show ${name(rowAuthor)} against ${name(columnAuthor)}`}>
                            −{against}
                          </a>
                        ) : (
                          <>
                            <span aria-hidden="true">−{against}</span>
                            <span className="visually-hidden">{opposeLabel}</span>
                          </>
                        )}
                      </span>
                      <span className={`dg-count dg-count-support${forIt ? "" : " zero"}`} style={{ "--strength": tint(forIt, maxSupport) } as React.CSSProperties} data-testid="matrix-support" data-count={forIt}>
                        <span aria-hidden="true">+{forIt}</span>
                        <span className="visually-hidden">{`, ${forIt} ${forIt === 1 ? "support" : "supports"}`}</span>
                      </span>
                    </span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        </table>
      </div>
    </div>
  );
}
