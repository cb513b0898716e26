import { z } from "zod";

/** Uploads and pasted texts above this size are refused before anything is parsed. */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

export const sourceMetaSchema = z.object({
  author: z.string().trim().min(1, "Who wrote it? Enter an author.").max(200),
  title: z.string().trim().min(1, "Enter a title.").max(300),
  year: z
    .union([z.number(), z.string()])
    .optional()
    .nullable()
    .transform((value, ctx) => {
      if (value === undefined || value === null || value === "") return null;
      const year = typeof value === "number" ? value : Number(value);
      if (!Number.isInteger(year) || year < -3000 || year > 3000) {
        ctx.addIssue({ code: "custom", message: "The year must be a whole number, e.g. 1988." });
        return z.NEVER;
      }
      return year;
    }),
});
export type SourceMeta = z.output<typeof sourceMetaSchema>;
