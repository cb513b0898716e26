import type { SourceParagraph } from "../../../formats/structure";
import { AppError } from "../../../errors";
import { passageContext, rankCandidates, selectSuggestions, sentenceKey, type SuggestedClaim } from "../../../suggest";
import { dismissSuggestionSchema, suggestionLimitSchema } from "../../../validation/suggestion";
import { db } from "../../db";
import { requireMember, type Actor } from "../../access";
import { excerpt, recordActivity } from "../activity/record-activity";

export interface ClaimSuggestion {
  start: number;
  end: number;
  sentence: string;
  reasons: string[];
  score: number;
  /** A little of the paragraph before and after the sentence. */
  before: string;
  after: string;
}

export interface DismissedSuggestion {
  id: string;
  sentence: string;
  dismissedBy: string;
  dismissedAt: string;
}

export interface SourceSuggestions {
  sourceId: string;
  revisionId: string;
  suggestions: ClaimSuggestion[];
  dismissed: DismissedSuggestion[];
}

// Ranking a book takes a moment and depends only on the revision's text, so the ranking of the last
// few revisions asked about is kept; revisions are immutable, so an entry never goes stale.
const RANKING_CACHE_SIZE = 8;
const rankings = new Map<string, SuggestedClaim[]>();

function rankingFor(revisionId: string, text: string, paragraphs: SourceParagraph[]): SuggestedClaim[] {
  const cached = rankings.get(revisionId);
  if (cached) {
    rankings.delete(revisionId);
    rankings.set(revisionId, cached);
    return cached;
  }
  const ranked = rankCandidates(text, paragraphs);
  rankings.set(revisionId, ranked);
  if (rankings.size > RANKING_CACHE_SIZE) rankings.delete(rankings.keys().next().value!);
  return ranked;
}

async function currentRevision(workspaceId: string, sourceId: string) {
  const source = await db.source.findFirst({ where: { id: sourceId, workspaceId, deletedAt: null }, include: { currentRevision: true } });
  if (!source?.currentRevision) throw new AppError("NOT_FOUND", "This source does not exist in this workspace.");
  return source.currentRevision;
}

/**
 * The sentences of a source's current revision most likely to be claims, leaving out passages
 * already anchored to a claim (or evidence) and the sentences the group dismissed.
 */
export async function listSuggestions(actor: Actor, workspaceId: string, sourceId: string, options: { limit?: unknown } = {}): Promise<SourceSuggestions> {
  await requireMember(db, actor, workspaceId, "workspace:read");
  const limit = suggestionLimitSchema.parse(options.limit ?? undefined);
  const revision = await currentRevision(workspaceId, sourceId);
  const [anchors, dismissals] = await Promise.all([
    db.anchor.findMany({
      where: { sourceId, revisionId: revision.id, status: { not: "orphaned" }, OR: [{ claim: { deletedAt: null } }, { evidence: { inference: { deletedAt: null } } }] },
      select: { start: true, end: true },
    }),
    db.suggestionDismissal.findMany({ where: { sourceId }, include: { dismissedBy: { select: { name: true, email: true } } }, orderBy: { createdAt: "desc" } }),
  ]);
  const paragraphs = JSON.parse(revision.paragraphs) as SourceParagraph[];
  const chosen = selectSuggestions(rankingFor(revision.id, revision.normalizedText, paragraphs), {
    claimed: anchors,
    dismissed: new Set(dismissals.map((d) => d.sentenceKey)),
    limit,
  });
  return {
    sourceId,
    revisionId: revision.id,
    suggestions: chosen.map((s) => ({
      start: s.start,
      end: s.end,
      sentence: s.sentence,
      reasons: s.reasons,
      score: s.score,
      ...passageContext(revision.normalizedText, s, paragraphs[s.paragraph]!),
    })),
    dismissed: dismissals.map((d) => ({ id: d.id, sentence: d.sentence, dismissedBy: d.dismissedBy.name ?? d.dismissedBy.email, dismissedAt: d.createdAt.toISOString() })),
  };
}

/**
 * Dismiss a suggested sentence for the whole workspace. The words must still be at those offsets
 * in the current revision, so a page left open across a revision cannot dismiss the wrong sentence.
 * Dismissing a sentence twice is not an error: the first dismissal stands.
 */
export async function dismissSuggestion(actor: Actor, workspaceId: string, sourceId: string, input: unknown): Promise<DismissedSuggestion> {
  const { revisionId, start, end, exact } = dismissSuggestionSchema.parse(input);
  return db.$transaction(async (tx) => {
    await requireMember(tx, actor, workspaceId, "claim:write");
    const source = await tx.source.findFirst({ where: { id: sourceId, workspaceId, deletedAt: null }, include: { currentRevision: true } });
    const revision = source?.currentRevision;
    if (!revision) throw new AppError("NOT_FOUND", "This source does not exist in this workspace.");
    if (revision.id !== revisionId) throw new AppError("CONFLICT", "This text has been revised since you opened it. Reload the page to see the current suggestions.");
    if (end > revision.normalizedText.length || revision.normalizedText.slice(start, end) !== exact) {
      throw new AppError("CONFLICT", "Those words are not at that place in the text. Reload the page and try again.");
    }
    const key = sentenceKey(exact);
    const existing = await tx.suggestionDismissal.findUnique({ where: { sourceId_sentenceKey: { sourceId, sentenceKey: key } }, include: { dismissedBy: true } });
    const dismissal =
      existing ?? (await tx.suggestionDismissal.create({ data: { workspaceId, sourceId, sentenceKey: key, sentence: exact, dismissedById: actor.id }, include: { dismissedBy: true } }));
    if (!existing) {
      await recordActivity(tx, {
        workspaceId,
        actorId: actor.id,
        action: "hidden",
        entityType: "source",
        entityId: sourceId,
        summary: `dismissed the suggestion “${excerpt(exact)}” in ${source.title}`,
        data: { dismissalId: dismissal.id },
      });
    }
    return { id: dismissal.id, sentence: dismissal.sentence, dismissedBy: dismissal.dismissedBy.name ?? dismissal.dismissedBy.email, dismissedAt: dismissal.createdAt.toISOString() };
  });
}

/** Bring a dismissed suggestion back for everyone. */
export async function restoreSuggestion(actor: Actor, workspaceId: string, sourceId: string, dismissalId: string): Promise<{ id: string; restored: true }> {
  return db.$transaction(async (tx) => {
    await requireMember(tx, actor, workspaceId, "claim:write");
    const dismissal = await tx.suggestionDismissal.findFirst({ where: { id: dismissalId, sourceId, workspaceId }, include: { source: { select: { title: true } } } });
    if (!dismissal) throw new AppError("NOT_FOUND", "This suggestion is not dismissed (any more). Reload the page to see the current list.");
    await tx.suggestionDismissal.delete({ where: { id: dismissal.id } });
    await recordActivity(tx, {
      workspaceId,
      actorId: actor.id,
      action: "restored",
      entityType: "source",
      entityId: sourceId,
      summary: `restored the suggestion “${excerpt(dismissal.sentence)}” in ${dismissal.source.title}`,
    });
    return { id: dismissal.id, restored: true as const };
  });
}
