import { emailSchema } from "../../../validation/auth";
import { db } from "../../db";
import { verifyPassword } from "../../password";
import type { PublicUser } from "./sign-up";

/** The user for this email and password, or null; never says which of the two was wrong. */
export async function verifyCredentials(email: unknown, password: unknown): Promise<PublicUser | null> {
  const parsedEmail = emailSchema.safeParse(email);
  if (!parsedEmail.success || typeof password !== "string" || password.length === 0) return null;
  const user = await db.user.findUnique({ where: { email: parsedEmail.data } });
  if (!user) return null;
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  return { id: user.id, email: user.email, name: user.name };
}
