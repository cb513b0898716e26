import { AppError } from "../../../errors";
import { passwordWeakness, signUpSchema } from "../../../validation/auth";
import { db, isUniqueViolation } from "../../db";
import { hashPassword } from "../../password";

export interface PublicUser {
  id: string;
  email: string;
  name: string | null;
}

/** Create an account. Throws VALIDATION for a bad email or weak password, CONFLICT when the email is taken. */
export async function signUp(input: unknown): Promise<PublicUser> {
  const { email, password, name } = signUpSchema.parse(input);
  const weakness = passwordWeakness(password);
  if (weakness) throw new AppError("VALIDATION", weakness);
  const taken = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (taken) throw new AppError("CONFLICT", "An account with this email already exists. Sign in instead.");
  const passwordHash = await hashPassword(password);
  try {
    return await db.user.create({
      data: { email, passwordHash, name: name || null },
      select: { id: true, email: true, name: true },
    });
  } catch (error) {
    // Two sign-ups with one address at the same moment: the unique index decides.
    if (isUniqueViolation(error)) {
      throw new AppError("CONFLICT", "An account with this email already exists. Sign in instead.");
    }
    throw error;
  }
}
