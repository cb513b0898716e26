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
  status: string;
}

export interface ReaderSource {
  id: string;
  workspaceId: string;
  author: string;
  title: string;
  year: number | null;
  colorIndex: number;
  revisionId: string;
  revisionNumber: number;
  text: string;
  /** Headings carry their level when the file declared one. */
  paragraphs: SourceParagraph[];
  footnotes: FootnoteRef[];
  report: ImportReport;
  claims: ReaderClaim[];
}

/** A source's current revision with the claims anchored in it, for the reader. */
export async function getSource(actor: Actor, workspaceId: string, sourceId: string): Promise<ReaderSource> {
  await requireMember(db, actor, workspaceId, "workspace:read");
  const source = await db.source.findFirst({
    where: { id: sourceId, workspaceId, deletedAt: null },
    include: { currentRevision: true },
  });
  const revision = source?.currentRevision;
  if (!source || !revision) throw new AppError("NOT_FOUND", "This source does not exist in this workspace.");
  const anchors = await db.anchor.findMany({
    where: { sourceId, revisionId: revision.id, claim: { deletedAt: null } },
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
    revisionId: revision.id,
    revisionNumber: revision.number,
    text: revision.normalizedText,
    paragraphs: JSON.parse(revision.paragraphs) as SourceParagraph[],
    footnotes: JSON.parse(revision.footnotes) as FootnoteRef[],
    report: parseImportReport(revision.report),
    claims: anchors.flatMap((a) =>
      a.claim ? [{ id: a.claim.id, text: a.claim.text, type: a.claim.type, start: a.start, end: a.end, status: a.status }] : [],
    ),
  };
}
