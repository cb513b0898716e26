import type { Metadata } from "next";
import Link from "next/link";
import { SearchBox } from "@/components/search/SearchBox";
import { Snippet } from "@/components/search/Snippet";
import { sourceColor } from "@/lib/graph/palette";
import { loadForPage, requirePageUser } from "@/lib/server/pages";
import { searchWorkspace } from "@/lib/server/services/search/search-workspace";

export const metadata: Metadata = { title: "Search" };

export default async function SearchPage({ params, searchParams }: { params: Promise<{ workspaceId: string }>; searchParams: Promise<{ q?: string | string[] }> }) {
  const { workspaceId } = await params;
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 200) ?? "";
  const user = await requirePageUser(`/w/${workspaceId}/search?q=${encodeURIComponent(q)}`);
  const results = await loadForPage(() => searchWorkspace(user, workspaceId, { q }));
  const base = `/w/${workspaceId}`;
  const searched = results.terms.length > 0;
  const nothing = searched && results.passages.length === 0 && results.claims.length === 0;
  return (
    <div className="page">
      <div className="page-head">
        <div>
          <h1>Search</h1>
          <p className="muted">Words in the texts of this workspace and in its claims. Put a phrase in quotes: &quot;mass line&quot;.</p>
        </div>
      </div>
      <div className="search-page-form">
        <SearchBox workspaceId={workspaceId} defaultValue={q} autoFocus={!searched} id="search-page-q" />
      </div>
      {!searched && q.trim() !== "" && <p className="muted">Type a word to search for.</p>}
      {nothing && (
        <div className="card empty" data-testid="search-empty">
          <h2>Nothing found for “{results.terms.join(" ")}”</h2>
          <p>Try fewer words, another form of the word, or check the spelling.</p>
        </div>
      )}
      {searched && !nothing && (
        <div className="search-results">
          <section aria-labelledby="passages-heading">
            <h2 id="passages-heading">
              Passages ({results.passages.length}
              {results.passages.length >= 40 ? ", the best" : ""})
            </h2>
            {results.passages.length === 0 ? (
              <p className="faint">No passage in the texts matches.</p>
            ) : (
              <ol>
                {results.passages.map((hit) => (
                  <li key={`${hit.sourceId}-${hit.start}`}>
                    <Link className="card search-hit" href={`${base}/sources/${hit.sourceId}?at=${hit.start}`} data-testid="passage-result">
                      <span className="where">
                        <span className="dot" style={{ background: sourceColor(hit.colorIndex) }} aria-hidden="true" />
                        {hit.sourceAuthor}
                        {hit.sourceYear ? `, ${hit.sourceYear}` : ""} · {hit.sourceTitle}
                      </span>
                      <span className="text">
                        <Snippet pieces={hit.snippet} />
                      </span>
                    </Link>
                  </li>
                ))}
              </ol>
            )}
          </section>
          <section aria-labelledby="claims-heading">
            <h2 id="claims-heading">Claims ({results.claims.length})</h2>
            {results.claims.length === 0 ? (
              <p className="faint">No claim matches.</p>
            ) : (
              <ol>
                {results.claims.map((hit) => (
                  <li key={hit.claimId}>
                    <Link className="card search-hit" href={`${base}/map?focus=${hit.claimId}`} data-testid="claim-result">
                      <span className="where">
                        <span className="badge">{hit.type}</span>
                        {hit.source ? `${hit.source.author} · ${hit.source.title}` : "No source"}
                      </span>
                      <span className="text">
                        <Snippet pieces={hit.snippet} />
                      </span>
                    </Link>
                  </li>
                ))}
              </ol>
            )}
          </section>
        </div>
      )}
    </div>
  );
}
