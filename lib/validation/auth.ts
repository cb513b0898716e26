import { z } from "zod";

export const MIN_PASSWORD_LENGTH = 10;

/** Weak means short or drawn from too few kinds of character; the message says how to fix it. */
export function passwordWeakness(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return `Use at least ${MIN_PASSWORD_LENGTH} characters for your password.`;
  }
  const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (kinds < 2 || new Set(password).size < 5) {
    return "That password is too easy to guess: mix letters with digits or symbols.";
  }
  return null;
}

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: "Enter a valid email address." }));

export const signUpSchema = z.object({
  email: emailSchema,
  password: z.string().max(200, "Passwords are limited to 200 characters."),
  name: z.string().trim().max(80).optional(),
});
export type SignUpInput = z.infer<typeof signUpSchema>;
