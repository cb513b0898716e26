import { z } from "zod";
import { MAX_CLAIM_TEXT } from "./claim";
import { EDGE_KINDS } from "./edge";

const reasonText = z.string().trim().min(1, "Write the reason.").max(MAX_CLAIM_TEXT, `Keep a claim under ${MAX_CLAIM_TEXT} characters.`);

/**
 * A new claim that is at once a reason: it supports or opposes the claim `to`, or objects to the
 * inference `targetEdge` (an undercut). The outline's Enter, one action in one transaction.
 */
export const addReasonSchema = z.discriminatedUnion("kind", [
  z.object({ text: reasonText, kind: z.enum(EDGE_KINDS), to: z.string().min(1) }).strict(),
  z.object({ text: reasonText, kind: z.literal("undercut"), targetEdge: z.string().min(1) }).strict(),
]);
export type AddReasonInput = z.input<typeof addReasonSchema>;

/** An inference concludes in another claim from now on (the outline's Tab and Shift+Tab), based on the version the caller saw. */
export const moveEdgeSchema = z.object({ version: z.number().int().positive(), conclusion: z.string().min(1) }).strict();
export type MoveEdgeInput = z.input<typeof moveEdgeSchema>;
