import { rankEquivalentClaims, type EquivalentSuggestion } from "../../../suggest/equivalent-claims";
import { equivalentCandidatesSchema } from "../../../validation/equivalence";
import { db } from "../../db";
import { requireMember, type Actor } from "../../access";

/**
 * Existing claims of the workspace that look like the same proposition as `text`, for the reader's
 * "make claim" dialog: offered before a duplicate is created. Read-only, so any member may ask.
 */
export async function findEquivalentCandidates(actor: Actor, workspaceId: string, input: unknown): Promise<{ suggestions: EquivalentSuggestion[] }> {
  const { text, limit } = equivalentCandidatesSchema.parse(input);
  await requireMember(db, actor, workspaceId, "workspace:read");
  const claims = await db.claim.findMany({
    where: { workspaceId, deletedAt: null },
    select: { id: true, text: true, equivalenceGroupId: true, anchor: { select: { source: { select: { author: true, title: true, year: true } } } } },
  });
  const byId = new Map(claims.map((c) => [c.id, c]));
  const suggestions = rankEquivalentClaims(text, claims, { limit }).map((hit) => {
    const claim = byId.get(hit.id)!;
    return { id: claim.id, text: claim.text, score: hit.score, shared: hit.shared, source: claim.anchor?.source ?? null, equivalenceGroupId: claim.equivalenceGroupId };
  });
  return { suggestions };
}
