import { z } from "zod";

/** A proposition is rarely stated more than a handful of times; the cap keeps a request small. */
export const MAX_EQUIVALENT_CLAIMS = 50;
export const MAX_SIMILARITY_QUERY = 2000;

const claimId = z.string().trim().min(1, "Name the claims by id.").max(64, "That is not a claim id.");

/** Claims to mark as one proposition in different words. */
export const markEquivalentSchema = z.object({
  claimIds: z
    .array(claimId)
    .min(2, "Choose at least two claims to mark as the same proposition.")
    .max(MAX_EQUIVALENT_CLAIMS, `Mark at most ${MAX_EQUIVALENT_CLAIMS} claims at once.`)
    .refine((ids) => new Set(ids).size === ids.length, "Each claim can be named only once."),
});
export type MarkEquivalentInput = z.input<typeof markEquivalentSchema>;

/** Taking a claim out of its group names the group's version the caller saw (optimistic concurrency). */
export const separateClaimSchema = z.object({
  version: z.number().int().positive("Send the group's version you saw."),
});

/** Text of a claim about to be made, to find existing claims that state the same thing. */
export const equivalentCandidatesSchema = z.object({
  text: z.string().trim().min(1, "Give the words of the claim to compare.").max(MAX_SIMILARITY_QUERY, `Compare at most ${MAX_SIMILARITY_QUERY} characters.`),
  limit: z.coerce.number().int().min(1).max(20).default(5),
});
