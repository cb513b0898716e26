import type { SourceParagraph } from "../../../formats/structure";
import type { Db } from "../../db";
import { fullText } from "./full-text";

/**
 * Index the paragraphs of a source's current revision for search. Import and revision call it in
 * their transaction; search calls `indexStaleSources` first, which catches sources imported before
 * search existed or written by any other path. Claims need no call: triggers keep them indexed.
 */
export async function indexSourceForSearch(tx: Db, sourceId: string): Promise<void> {
  const source = await tx.source.findUnique({
    where: { id: sourceId },
    select: { id: true, workspaceId: true, currentRevision: { select: { id: true, normalizedText: true, paragraphs: true } } },
  });
  const revision = source?.currentRevision;
  if (!source || !revision) return;
  await fullText.writeSourceParagraphs(tx, source, {
    id: revision.id,
    text: revision.normalizedText,
    paragraphs: JSON.parse(revision.paragraphs) as SourceParagraph[],
  });
}

/** Bring the workspace's paragraph index up to date with its sources' current revisions. */
export async function indexStaleSources(tx: Db, workspaceId: string): Promise<number> {
  const stale = await fullText.staleSourceIds(tx, workspaceId);
  for (const id of stale) await indexSourceForSearch(tx, id);
  return stale.length;
}
