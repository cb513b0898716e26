import { z } from "zod";

export const MAX_COMMENT_BODY = 5000;

/** The raw Markdown of a comment; it is stored as written and rendered safely on the way out. */
const commentBody = z
  .string()
  .trim()
  .min(1, "A comment needs some text.")
  .max(MAX_COMMENT_BODY, `Keep a comment under ${MAX_COMMENT_BODY} characters.`);

/** What a discussion hangs on: exactly one claim or one edge (an inference). */
export const commentTargetSchema = z
  .object({
    claimId: z.string().min(1).optional(),
    edgeId: z.string().min(1).optional(),
  })
  .refine((t) => (t.claimId === undefined) !== (t.edgeId === undefined), {
    message: "Say what the comments are about: give either claimId or edgeId.",
  });
export type CommentTargetInput = z.input<typeof commentTargetSchema>;

export const listCommentsSchema = z.object({
  target: commentTargetSchema,
  /** Record that the caller has now read this discussion (clears its unread count). */
  markRead: z.boolean().default(false),
});

export const createCommentSchema = z.object({
  target: commentTargetSchema,
  body: commentBody,
  /** Reply to this comment. Replies are one level deep: a reply to a reply joins the top-level thread. */
  parentId: z.string().min(1).optional().nullable(),
});
export type CreateCommentInput = z.input<typeof createCommentSchema>;

/** An author's edit, naming the version it was based on (optimistic concurrency). */
export const editCommentSchema = z.object({
  version: z.number().int().positive(),
  body: commentBody,
});
export type EditCommentInput = z.input<typeof editCommentSchema>;

/** A moderator hiding or showing a comment again. */
export const moderateCommentSchema = z.object({ hidden: z.boolean() });
export type ModerateCommentInput = z.input<typeof moderateCommentSchema>;

/**
 * `PATCH …/comments/:id` carries either an edit or a moderation decision; a body naming `hidden`
 * is moderation. Each service then validates its own shape.
 */
export function isModerationRequest(input: unknown): boolean {
  return typeof input === "object" && input !== null && "hidden" in input;
}
