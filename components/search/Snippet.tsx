import type { SnippetPiece } from "@/lib/search/fts-query";

/** A search snippet: matches in <mark>, everything rendered as text (never as HTML). */
export function Snippet({ pieces }: { pieces: SnippetPiece[] }) {
  return (
    <>
      {pieces.map((piece, i) => (piece.hit ? <mark key={i}>{piece.text}</mark> : <span key={i}>{piece.text}</span>))}
    </>
  );
}
