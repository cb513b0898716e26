"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { safeReturnPath } from "@/lib/return-path";
import type { ErrorBody } from "@/lib/errors";
import { MIN_PASSWORD_LENGTH } from "@/lib/validation/auth";

export function SignUpForm({ callbackUrl }: { callbackUrl?: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "");
    const password = String(form.get("password") ?? "");
    setPending(true);
    setError(null);
    try {
      const response = await fetch("/api/signup", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email, password, name: String(form.get("name") ?? "") || undefined }),
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as ErrorBody | null;
        setError(body?.error.message ?? "Could not create the account. Please try again.");
        return;
      }
      const result = await signIn("credentials", { email, password, redirect: false });
      if (!result || result.error) {
        router.replace("/signin");
        return;
      }
      router.replace(safeReturnPath(callbackUrl));
      router.refresh();
    } catch {
      setError("The server could not be reached. Check your connection and try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      {error && (
        <div className="alert alert-error" role="alert">
          {error}
        </div>
      )}
      <div className="field">
        <label htmlFor="name">Name <span className="faint">(optional)</span></label>
        <input className="input" id="name" name="name" autoComplete="name" />
      </div>
      <div className="field">
        <label htmlFor="email">Email</label>
        <input className="input" id="email" name="email" type="email" autoComplete="email" required />
      </div>
      <div className="field">
        <label htmlFor="password">Password</label>
        <input className="input" id="password" name="password" type="password" autoComplete="new-password" required aria-describedby="password-hint" />
        <span className="hint" id="password-hint">At least {MIN_PASSWORD_LENGTH} characters, with letters and digits or symbols.</span>
      </div>
      <button className="btn btn-primary" type="submit" disabled={pending} style={{ width: "100%" }}>
        {pending ? "Creating your account…" : "Create account"}
      </button>
      <p className="muted" style={{ marginTop: 16, fontSize: 14 }}>
        Already have an account? <Link href="/signin">Sign in</Link>
      </p>
    </form>
  );
}
