import { needsReview } from "../../../anchoring";
import { AppError } from "../../../errors";
import { parseImportReport, type ImportReport } from "../../../formats/report";
import type { SourceParagraph } from "../../../formats/structure";
import type { FootnoteRef } from "../../../text";
import { db } from "../../db";
import { requireMember, type Actor } from "../../access";

export interface ReaderClaim {
  id: string;
  text: string;
  type: string;
  start: number;
  end: number;
  /** "anchored" | "fuzzy" (moved to new words by a revision, not yet confirmed). Orphans are not highlighted. */
  status: string;
  anchorId: string;
  /** The revision number the passage was first selected in. */
  madeOnRevision: number;
}

/** A passage a person should look at after a revision: orphaned, or moved with a middling score. */
export interface ReviewItem {
  anchorId: string;
  version: number;
  status: "orphaned" | "fuzzy";
  score: number;
  /** The words it is at now (fuzzy), or the words it had when last placed (orphaned). */
  exact: string;
  /** For a fuzzy one, the words it had before the revision moved it. */
  previousExact: string | null;
  /** The revision its `exact` belongs to. */
  revisionNumber: number;
  madeOnRevision: number;
  claim: { id: string; text: string } | null;
  /** For an evidence quote: the claim the edge concludes, so the item can be recognised. */
  evidenceFor: string | null;
  start: number;
}

export interface ReaderSource {
  id: string;
  workspaceId: string;
  author: string;
  title: string;
  year: number | null;
  colorIndex: number;
  /** The source's version: a revision is made from it and refused when it is stale. */
  version: number;
  revisionId: string;
  revisionNumber: number;
  /** How many revisions exist; the current one is the last. */
  revisionCount: number;
  /** False when showing an older revision (read-only). */
  isCurrent: boolean;
  text: string;
  /** Headings carry their level when the file declared one. */
  paragraphs: SourceParagraph[];
  footnotes: FootnoteRef[];
  report: ImportReport;
  claims: ReaderClaim[];
  /** Only for the current revision; empty for an older one. */
  review: ReviewItem[];
}

/**
 * A source's current revision (or revision `revision`, read-only) with the claims anchored in it,
 * for the reader, and the passages left for review by revisions.
 */
export async function getSource(actor: Actor, workspaceId: string, sourceId: string, options: { revision?: number } = {}): Promise<ReaderSource> {
  await requireMember(db, actor, workspaceId, "workspace:read");
  const source = await db.source.findFirst({
    where: { id: sourceId, workspaceId, deletedAt: null },
    include: { currentRevision: true, _count: { select: { revisions: true } } },
  });
  const current = source?.currentRevision;
  if (!source || !current) throw new AppError("NOT_FOUND", "This source does not exist in this workspace.");
  let revision = current;
  if (options.revision !== undefined && options.revision !== current.number) {
    const older = await db.sourceRevision.findUnique({ where: { sourceId_number: { sourceId, number: options.revision } } });
    if (!older) throw new AppError("NOT_FOUND", `This source has no revision ${options.revision}; it has ${source._count.revisions}.`);
    revision = older;
  }
  const isCurrent = revision.id === current.id;
  const anchors = await db.anchor.findMany({
    // In the current revision an orphan's offsets belong to an older text, so it is never drawn there;
    // in the older revision it was last placed in, its words are where it says.
    where: { sourceId, revisionId: revision.id, ...(isCurrent ? { status: { not: "orphaned" } } : {}), claim: { deletedAt: null } },
    include: { claim: { select: { id: true, text: true, type: true } } },
    orderBy: { start: "asc" },
  });
  return {
    id: source.id,
    workspaceId,
    author: source.author,
    title: source.title,
    year: source.year,
    colorIndex: source.colorIndex,
    version: source.version,
    revisionId: revision.id,
    revisionNumber: revision.number,
    revisionCount: source._count.revisions,
    isCurrent,
    text: revision.normalizedText,
    paragraphs: JSON.parse(revision.paragraphs) as SourceParagraph[],
    footnotes: JSON.parse(revision.footnotes) as FootnoteRef[],
    report: parseImportReport(revision.report),
    claims: anchors.flatMap((a) =>
      a.claim
        ? [{ id: a.claim.id, text: a.claim.text, type: a.claim.type, start: a.start, end: a.end, status: a.status, anchorId: a.id, madeOnRevision: a.madeOnRevision }]
        : [],
    ),
    review: isCurrent ? await listReview(sourceId) : [],
  };
}

async function listReview(sourceId: string): Promise<ReviewItem[]> {
  const anchors = await db.anchor.findMany({
    where: {
      sourceId,
      status: { in: ["orphaned", "fuzzy"] },
      OR: [{ claim: { deletedAt: null } }, { evidence: { inference: { deletedAt: null } } }],
    },
    include: {
      revision: { select: { number: true } },
      claim: { select: { id: true, text: true } },
      evidence: { select: { inference: { select: { conclusion: { select: { text: true } } } } } },
    },
    orderBy: { start: "asc" },
  });
  return anchors
    .filter((a) => needsReview(a.status, a.score))
    .map((a) => ({
      anchorId: a.id,
      version: a.version,
      status: a.status as "orphaned" | "fuzzy",
      score: a.score,
      exact: a.exact,
      previousExact: a.previousExact,
      revisionNumber: a.revision.number,
      madeOnRevision: a.madeOnRevision,
      claim: a.claim ? { id: a.claim.id, text: a.claim.text } : null,
      evidenceFor: a.evidence?.inference.conclusion?.text ?? null,
      start: a.start,
    }));
}
