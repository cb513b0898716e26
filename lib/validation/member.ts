import { z } from "zod";
import { ROLES } from "../permissions";

export const roleSchema = z.enum(ROLES, { message: "Choose a role: owner, editor, commenter or viewer." });

/** How long an invitation link stays valid, in days; the owner picks one of these. */
export const INVITATION_LIFETIMES = [1, 7, 30] as const;

export const createInvitationSchema = z.object({
  role: roleSchema,
  /** Invite a registered user by address; without it the invitation is a shareable link. */
  email: z
    .string()
    .trim()
    .toLowerCase()
    .email("Give a valid email address, or leave it empty to create a link.")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  expiresInDays: z.union(INVITATION_LIFETIMES.map((d) => z.literal(d)) as [z.ZodLiteral<1>, z.ZodLiteral<7>, z.ZodLiteral<30>]).default(7),
});
export type CreateInvitationInput = z.input<typeof createInvitationSchema>;

export const changeRoleSchema = z.object({ role: roleSchema, version: z.number().int().positive().optional() });
