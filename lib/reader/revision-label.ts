/**
 * How a claim's passage stands towards its source's revisions, in words for the claim panel and
 * the reader: "Revision 2 of 3", with where it was first made and whether a revision lost or moved it.
 */
export interface AnchorRevisionFacts {
  status: string;
  revisionNumber?: number;
  madeOnRevision?: number;
  revisionCount?: number;
}

export function describeAnchorRevision(facts: AnchorRevisionFacts): string | null {
  const { status, revisionNumber, madeOnRevision, revisionCount } = facts;
  if (revisionNumber === undefined || revisionCount === undefined) return null;
  const parts = [`Revision ${revisionNumber} of ${revisionCount}`];
  if (madeOnRevision !== undefined && madeOnRevision !== revisionNumber) parts.push(`made on revision ${madeOnRevision}`);
  if (status === "orphaned") parts.push(`not found in revision ${revisionCount}; re-attach it in the reader`);
  else if (status === "fuzzy") parts.push("moved to revised words, not yet confirmed");
  return parts.join(" · ");
}
