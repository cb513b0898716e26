import { z } from "zod";

/** Dismiss one suggested sentence: where it is in the revision the reader shows, and its words. */
export const dismissSuggestionSchema = z
  .object({
    revisionId: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    exact: z.string().min(1).max(5000),
  })
  .strict()
  .refine((s) => s.start < s.end, { message: "A suggestion covers some words." });

export const suggestionLimitSchema = z.coerce.number().int().min(1).max(50).default(10);
