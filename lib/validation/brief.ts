import { z } from "zod";
import { BRIEF_SEMANTICS, BRIEF_SIDES } from "../brief/types";
import { MAX_CLAIM_TEXT } from "./claim";

export const MAX_BRIEF_TITLE = 200;
export const MAX_TIME_LIMIT_MINUTES = 120;

const title = z.string().trim().min(1, "Give the brief a title.").max(MAX_BRIEF_TITLE, `Keep the title under ${MAX_BRIEF_TITLE} characters.`);
export const timeLimit = z
  .number({ message: "The time limit is a whole number of minutes." })
  .int("The time limit is a whole number of minutes.")
  .min(1, "A time limit is at least 1 minute.")
  .max(MAX_TIME_LIMIT_MINUTES, `A time limit is at most ${MAX_TIME_LIMIT_MINUTES} minutes.`)
  .nullable();
const side = z.enum(BRIEF_SIDES, { message: "Choose a side: for or against." });
export const semanticsSchema = z.enum(BRIEF_SEMANTICS, { message: "Semantics is dfquad, qe or euler." });

/** Prepare a debate on a thesis claim. The title defaults to the side and the claim's words. */
export const createBriefSchema = z.object({
  thesisId: z.string().min(1, "Choose the claim to debate."),
  side,
  semantics: semanticsSchema.default("dfquad"),
  timeLimitMinutes: timeLimit.optional().default(null),
  title: title.optional(),
});

export const updateBriefSchema = z
  .object({
    version: z.number().int().positive(),
    title: title.optional(),
    semantics: semanticsSchema.optional(),
    timeLimitMinutes: timeLimit.optional(),
  })
  .refine((v) => v.title !== undefined || v.semantics !== undefined || v.timeLimitMinutes !== undefined, { message: "Nothing to change: send title, semantics or timeLimitMinutes." });

/**
 * A drill answer: the words of a rebuttal to one objection of the brief, saved as a new claim that
 * opposes the objection, or that undercuts the edge through which the objection argues.
 */
export const drillAnswerSchema = z.object({
  objectionId: z.string().min(1),
  text: z.string().trim().min(1, "Write your answer first.").max(MAX_CLAIM_TEXT, `Keep an answer under ${MAX_CLAIM_TEXT} characters.`),
  as: z.enum(["oppose", "undercut"], { message: "Save the answer as an opposing claim (oppose) or as an objection to the edge (undercut)." }).default("oppose"),
});
