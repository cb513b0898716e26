import { z } from "zod";
import type { ExtractionLimits } from "../formats/types";

/** Text files, pasted texts and the text extracted from any file above this size are refused. */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

/**
 * PDF and Word files carry fonts, images and markup besides their text, so the file itself may be
 * larger; the text extracted from it still has to fit MAX_SOURCE_BYTES.
 */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

export const SOURCE_LIMITS: ExtractionLimits = { maxTextBytes: MAX_SOURCE_BYTES, maxDocumentBytes: MAX_DOCUMENT_BYTES };

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
