import { z } from "zod";
import { SCHEME_IDS } from "../schemes/catalogue";
import { MAX_CLAIM_TEXT, positionSchema } from "./claim";

export const EDGE_KINDS = ["support", "oppose"] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

/** A quote backing an edge: the exact words (located in the source) or a selection, plus a note. */
export const evidenceInputSchema = z
  .object({
    sourceId: z.string().min(1).optional(),
    exact: z.string().trim().min(1).max(2000).optional(),
    start: z.number().int().nonnegative().optional(),
    end: z.number().int().positive().optional(),
    note: z.string().trim().max(2000).optional().default(""),
  })
  .refine((e) => e.sourceId !== undefined || (e.note ?? "").length > 0, {
    message: "Evidence needs a quote from a source or a note.",
  })
  .refine((e) => e.sourceId === undefined || e.exact !== undefined || (e.start !== undefined && e.end !== undefined), {
    message: "Give the quote's exact words, or its start and end.",
  });
export type EvidenceInput = z.input<typeof evidenceInputSchema>;

const edgeExtras = {
  note: z.string().trim().max(2000).optional().default(""),
  evidence: z.array(evidenceInputSchema).max(20).optional().default([]),
};

/**
 * A support or opposition from one claim to another, or an undercut: a claim objecting to an
 * edge itself ("this does not support that, because …") rather than to either claim.
 */
export const createEdgeSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.enum(EDGE_KINDS), from: z.string().min(1), to: z.string().min(1), ...edgeExtras }),
  z.object({ kind: z.literal("undercut"), from: z.string().min(1), targetEdge: z.string().min(1, "An undercut needs the edge it objects to (targetEdge)."), ...edgeExtras }),
]);
export type CreateEdgeInput = z.input<typeof createEdgeSchema>;

export const updateEdgeSchema = z.object({
  version: z.number().int().positive(),
  kind: z.enum(EDGE_KINDS).optional(),
  note: z.string().trim().max(2000).optional(),
  addEvidence: z.array(evidenceInputSchema).max(20).optional(),
  removeEvidenceIds: z.array(z.string().min(1)).max(50).optional(),
  /** An argumentation scheme from the catalogue, or null to untype the inference. */
  scheme: z.enum(SCHEME_IDS, { message: "Choose a scheme from the list." }).nullable().optional(),
});
export type UpdateEdgeInput = z.input<typeof updateEdgeSchema>;

/**
 * A further premise for an inference (linked: the premises carry the conclusion only together):
 * an existing claim, or the words of an unstated premise, created as a new claim of type "unstated".
 */
export const addPremiseSchema = z.union([
  z.object({ version: z.number().int().positive(), claimId: z.string().min(1) }).strict(),
  z
    .object({
      version: z.number().int().positive(),
      unstated: z.string().trim().min(1, "Write the unstated premise.").max(MAX_CLAIM_TEXT, `Keep a claim under ${MAX_CLAIM_TEXT} characters.`),
      /** Where the new claim goes on the map (beside the other premises); placed by the map when absent. */
      position: positionSchema.optional(),
    })
    .strict(),
]);
export type AddPremiseInput = z.input<typeof addPremiseSchema>;

export const removePremiseSchema = z.object({ version: z.number().int().positive(), claimId: z.string().min(1) });
export type RemovePremiseInput = z.input<typeof removePremiseSchema>;

/**
 * Raise a critical question of an inference's scheme as an objection. `scheme` is the scheme the
 * caller saw (a retyped inference refuses the stale question); `text` is the objection's wording;
 * `premiseId` picks the premise a premise question opposes (the first premise when absent).
 */
export const raiseQuestionSchema = z.object({
  scheme: z.enum(SCHEME_IDS, { message: "Choose a scheme from the list." }),
  question: z.string().min(1).max(100),
  text: z.string().trim().min(1, "Write the objection.").max(MAX_CLAIM_TEXT, `Keep a claim under ${MAX_CLAIM_TEXT} characters.`),
  premiseId: z.string().min(1).optional(),
});
export type RaiseQuestionInput = z.input<typeof raiseQuestionSchema>;
