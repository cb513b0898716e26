import { z } from "zod";

const version = z.coerce.number({ message: "Send the version you last saw." }).int().positive();

/** A source revision carries the version of the source it was made from; a stale one is refused. */
export const reviseSourceSchema = z.object({ version });

/**
 * Review of an anchor after a revision: confirm the words it was moved to, or re-attach it to a
 * selection in the current revision (start/end in its normalised text, `exact` guards a stale page).
 */
export const confirmAnchorSchema = z.object({ version, confirm: z.literal(true) }).strict();

export const reattachAnchorSchema = z
  .object({
    version,
    revisionId: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    exact: z.string().min(1).max(5000),
  })
  .strict()
  .refine((s) => s.start < s.end, { message: "Select some words." });
