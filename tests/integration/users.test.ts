import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";
import { signUp } from "@/lib/server/services/users/sign-up";
import { verifyCredentials } from "@/lib/server/services/users/verify-credentials";
import { PASSWORD } from "./fixtures";

describe("accounts", () => {
  it("stores a slow hash, never the password, and normalises the email", async () => {
    const user = await signUp({ email: "  Reader@Example.TEST ", password: PASSWORD });
    expect(user.email).toBe("reader@example.test");
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).not.toContain(PASSWORD);
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("refuses a duplicate email with a conflict", async () => {
    await signUp({ email: "twice@example.test", password: PASSWORD });
    await expect(signUp({ email: "TWICE@example.test", password: PASSWORD })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it.each([
    ["short", /at least 10/],
    ["aaaaaaaaaaaa", /too easy/],
    ["abcdefghijkl", /too easy/],
  ])("refuses the weak password %p", async (password, message) => {
    const attempt = signUp({ email: `weak-${password}@example.test`, password });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toThrow(message);
    expect(await db.user.count({ where: { email: `weak-${password}@example.test` } })).toBe(0);
  });

  it("refuses a malformed email", async () => {
    await expect(signUp({ email: "not-an-email", password: PASSWORD })).rejects.toThrow(/valid email/);
  });

  it("verifies the right password and nothing else", async () => {
    await signUp({ email: "verify@example.test", password: PASSWORD });
    expect(await verifyCredentials("verify@example.test", PASSWORD)).toMatchObject({ email: "verify@example.test" });
    expect(await verifyCredentials("verify@example.test", "wrong password 1")).toBeNull();
    expect(await verifyCredentials("nobody@example.test", PASSWORD)).toBeNull();
    expect(await verifyCredentials("verify@example.test", "")).toBeNull();
    expect(await verifyCredentials(undefined, undefined)).toBeNull();
  });
});
