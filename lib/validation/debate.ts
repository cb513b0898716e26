import { z } from "zod";
import { semanticsSchema, timeLimit } from "./brief";

/** A seminar is a room of people, not a mailing list: a side larger than this is a mistake in the request. */
export const MAX_SIDE_MEMBERS = 100;

const memberIds = (label: string) =>
  z
    .array(z.string().min(1, "A member id is empty."), { message: `List the members ${label} as member ids.` })
    .max(MAX_SIDE_MEMBERS, `A side holds at most ${MAX_SIDE_MEMBERS} members.`)
    .refine((ids) => new Set(ids).size === ids.length, { message: `A member is listed twice ${label}.` });

const sides = z.object({
  for: memberIds("for the motion"),
  against: memberIds("against the motion"),
});

type Sides = z.infer<typeof sides>;

function checkSides(value: Sides, ctx: z.RefinementCtx): void {
  const onBoth = value.for.filter((id) => value.against.includes(id));
  if (onBoth.length > 0) ctx.addIssue({ code: "custom", path: ["against"], message: "A member can argue only one side: someone is on both." });
  if (value.for.length + value.against.length === 0) ctx.addIssue({ code: "custom", path: ["for"], message: "Assign at least one member to a side." });
}

/** Set up a group debate on a motion: members (membership ids) for and against, and the briefs' settings. */
export const createDebateSchema = sides
  .extend({
    thesisId: z.string().min(1, "Choose the claim to debate."),
    semantics: semanticsSchema.default("dfquad"),
    timeLimitMinutes: timeLimit.optional().default(null),
  })
  .superRefine(checkSides);

/** Reassign the sides; `version` is the debate's, so two owners editing at once cannot overwrite each other. */
export const updateDebateSidesSchema = sides.extend({ version: z.number().int().positive() }).superRefine(checkSides);

/** Reveal both briefs to everyone; `version` guards against revealing a debate someone has just changed. */
export const revealDebateSchema = z.object({ version: z.number().int().positive() });
