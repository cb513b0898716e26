import { z } from "zod";
import { MAX_TAGS, MAX_TAG_LENGTH } from "../graph/tags";

export const CLAIM_TYPES = ["thesis", "premise", "evidence", "objection", "unstated"] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];
export const MAX_CLAIM_TEXT = 2000;

const claimText = z
  .string()
  .trim()
  .min(1, "A claim needs some text.")
  .max(MAX_CLAIM_TEXT, `Keep a claim under ${MAX_CLAIM_TEXT} characters.`);

/** Free tags, normalised by the service (lib/graph/tags.ts). */
export const tagsSchema = z
  .array(z.string().max(MAX_TAG_LENGTH, `Keep a tag under ${MAX_TAG_LENGTH} characters.`))
  .max(MAX_TAGS, `A claim carries at most ${MAX_TAGS} tags.`);

export const positionSchema = z.object({ x: z.number().finite(), y: z.number().finite() });

/**
 * Where a claim sits in a source: a selection (start/end in the current revision's normalised text,
 * with `exact` to guard against a stale page), or just the exact words, which must occur once.
 */
export const selectionSchema = z
  .object({
    sourceId: z.string().min(1),
    revisionId: z.string().min(1).optional(),
    start: z.number().int().nonnegative().optional(),
    end: z.number().int().positive().optional(),
    exact: z.string().min(1).max(5000).optional(),
  })
  .refine((s) => (s.start !== undefined && s.end !== undefined) || s.exact !== undefined, {
    message: "Give the selection's start and end, or its exact words.",
  });
export type Selection = z.infer<typeof selectionSchema>;

export const createClaimSchema = z.object({
  text: claimText,
  type: z.enum(CLAIM_TYPES).default("premise"),
  tags: tagsSchema.optional(),
  anchor: selectionSchema.optional().nullable(),
  position: positionSchema.optional().nullable(),
  /** An existing claim stating the same proposition: the new claim joins it in the same transaction. */
  sameAs: z.string().trim().min(1).max(64).optional(),
});
export type CreateClaimInput = z.input<typeof createClaimSchema>;

/**
 * Wording and type changes must name the version they were based on (optimistic concurrency).
 * A position alone may omit it: moving a card never conflicts with someone editing its words.
 */
export const updateClaimSchema = z
  .object({
    version: z.number().int().positive().optional(),
    text: claimText.optional(),
    type: z.enum(CLAIM_TYPES).optional(),
    tags: tagsSchema.optional(),
    position: positionSchema.nullable().optional(),
  })
  .refine((v) => v.text !== undefined || v.type !== undefined || v.tags !== undefined || v.position !== undefined, {
    message: "Nothing to change: send text, type, tags or position.",
  })
  .refine((v) => v.version !== undefined || (v.text === undefined && v.type === undefined && v.tags === undefined), {
    message: "Send the version you edited, so a newer change by someone else is not overwritten.",
    path: ["version"],
  });
export type UpdateClaimInput = z.input<typeof updateClaimSchema>;
