import {
  findDisagreements,
  type DisagreementClaim,
  type DisagreementInference,
  type InferenceKind,
  type MemberComment,
  type QuoteCitation,
  type WorkspaceDisagreements,
} from "../../../graph/disagreements";
import { paragraphAt } from "../../../reader/paragraph-number";
import type { Paragraph } from "../../../text";
import { db } from "../../db";
import { requireMember, type Actor } from "../../access";

type SourceRow = { id: string; author: string; title: string; year: number | null; colorIndex: number };
type AnchorRow = { sourceId: string; revisionId: string; exact: string; start: number };
type CommentRow = { id: string; body: string; createdAt: Date; claimId: string | null; inferenceId: string | null; author: { name: string | null; email: string } };

/**
 * Every pair of claims by different authors joined by an opposing edge (directly or through an
 * undercut) in a workspace, grouped by author pair, with citations, evidence and members' notes and
 * comments, plus the authors × authors matrix. Soft-deleted claims, edges, sources and comments are
 * left out, as are hidden comments; the rules for what counts live in lib/graph/disagreements.ts.
 * Throws NOT_FOUND for a non-member.
 */
export async function getDisagreements(actor: Actor, workspaceId: string): Promise<WorkspaceDisagreements> {
  await requireMember(db, actor, workspaceId, "workspace:read");
  const [sourceRows, claimRows, inferenceRows, commentRows] = await Promise.all([
    db.source.findMany({ where: { workspaceId, deletedAt: null }, select: { id: true, author: true, title: true, year: true, colorIndex: true } }),
    db.claim.findMany({
      where: { workspaceId, deletedAt: null },
      select: { id: true, text: true, type: true, equivalenceGroupId: true, anchor: { select: { sourceId: true, revisionId: true, exact: true, start: true } } },
      orderBy: { createdAt: "asc" },
    }),
    db.inference.findMany({
      where: { workspaceId, deletedAt: null },
      select: {
        id: true,
        kind: true,
        conclusionId: true,
        targetInferenceId: true,
        note: true,
        premises: { orderBy: { position: "asc" }, select: { claimId: true } },
        evidence: { orderBy: { createdAt: "asc" }, select: { id: true, note: true, anchor: { select: { sourceId: true, revisionId: true, exact: true, start: true } } } },
      },
      orderBy: { createdAt: "asc" },
    }),
    db.comment.findMany({
      where: { workspaceId, deletedAt: null, hiddenAt: null },
      select: { id: true, body: true, createdAt: true, claimId: true, inferenceId: true, author: { select: { name: true, email: true } } },
      orderBy: { createdAt: "asc" },
    }),
  ]);

  const sourceById = new Map<string, SourceRow>(sourceRows.map((s) => [s.id, s]));
  const paragraphsByRevision = await loadParagraphs([
    ...claimRows.flatMap((c) => (c.anchor ? [c.anchor.revisionId] : [])),
    ...inferenceRows.flatMap((i) => i.evidence.flatMap((e) => (e.anchor ? [e.anchor.revisionId] : []))),
  ]);
  const cite = (anchor: AnchorRow): QuoteCitation | null => {
    const source = sourceById.get(anchor.sourceId);
    if (!source) return null; // anchored in a deleted source: the words stay, the citation goes
    const paragraphs = paragraphsByRevision.get(anchor.revisionId);
    return { sourceId: source.id, author: source.author, year: source.year, title: source.title, colorIndex: source.colorIndex, location: paragraphs ? paragraphAt(paragraphs, anchor.start) : null };
  };
  const commentsOn = groupComments(commentRows);

  const claims: DisagreementClaim[] = claimRows.map((c) => {
    const citation = c.anchor ? cite(c.anchor) : null;
    return {
      id: c.id,
      text: c.text,
      type: c.type,
      author: citation?.author.trim() || null,
      year: citation?.year ?? null,
      equivalenceGroupId: c.equivalenceGroupId,
      quote: c.anchor?.exact ?? null,
      citation,
      comments: commentsOn.claim.get(c.id) ?? [],
    };
  });
  const inferences: DisagreementInference[] = inferenceRows.map((i) => ({
    id: i.id,
    kind: i.kind as InferenceKind,
    premises: i.premises.map((p) => p.claimId),
    conclusionId: i.conclusionId,
    targetInferenceId: i.targetInferenceId,
    note: i.note,
    evidence: i.evidence.map((e) => ({ id: e.id, note: e.note, quote: e.anchor?.exact ?? null, citation: e.anchor ? cite(e.anchor) : null })),
    comments: commentsOn.inference.get(i.id) ?? [],
  }));
  return findDisagreements(claims, inferences);
}

async function loadParagraphs(revisionIds: string[]): Promise<Map<string, Paragraph[]>> {
  const rows = await db.sourceRevision.findMany({ where: { id: { in: [...new Set(revisionIds)] } }, select: { id: true, paragraphs: true } });
  return new Map(rows.map((r) => [r.id, JSON.parse(r.paragraphs) as Paragraph[]]));
}

function groupComments(rows: CommentRow[]): { claim: Map<string, MemberComment[]>; inference: Map<string, MemberComment[]> } {
  const claim = new Map<string, MemberComment[]>();
  const inference = new Map<string, MemberComment[]>();
  for (const row of rows) {
    const comment: MemberComment = { id: row.id, body: row.body, by: row.author.name?.trim() || row.author.email.split("@")[0]!, createdAt: row.createdAt.toISOString() };
    // A comment belongs to one thing; an edge comment also naming a claim is shown with the edge.
    const [map, key] = row.inferenceId ? [inference, row.inferenceId] : row.claimId ? [claim, row.claimId] : [null, null];
    if (map && key) map.set(key, [...(map.get(key) ?? []), comment]);
  }
  return { claim, inference };
}
