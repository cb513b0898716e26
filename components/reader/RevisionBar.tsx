import Link from "next/link";
import type { ReaderSource } from "@/lib/server/services/sources/get-source";

/**
 * Which revision the reader shows, links to the others (older ones open read-only), and for
 * editors the way to revise the text.
 */
export function RevisionBar({ source, canRevise }: { source: ReaderSource; canRevise: boolean }) {
  const base = `/w/${source.workspaceId}/sources/${source.id}`;
  const numbers = Array.from({ length: source.revisionCount }, (_, i) => i + 1);
  return (
    <>
      {!source.isCurrent && (
        <div className="alert alert-warning" role="status" data-testid="old-revision">
          You are reading revision {source.revisionNumber} of {source.revisionCount}, read-only. Claims made since, or moved by later revisions, are not shown here.{" "}
          <Link href={base}>Read the current revision →</Link>
        </div>
      )}
      <nav className="revision-bar" aria-label="Revisions of this text" data-testid="revision-bar">
        <span>
          Revision {source.revisionNumber} of {source.revisionCount}
        </span>
        {source.revisionCount > 1 && (
          <span className="revision-links">
            {numbers.map((n) =>
              n === source.revisionNumber ? (
                <span key={n} aria-current="page" className="revision-current">
                  {n}
                </span>
              ) : (
                <Link key={n} href={n === source.revisionCount ? base : `${base}?revision=${n}`} aria-label={`Revision ${n}${n === source.revisionCount ? " (current)" : ""}`}>
                  {n}
                </Link>
              ),
            )}
          </span>
        )}
        {canRevise && source.isCurrent && (
          <Link className="btn btn-sm" href={`${base}/revise`} data-testid="revise-link">
            Revise the text
          </Link>
        )}
      </nav>
    </>
  );
}
