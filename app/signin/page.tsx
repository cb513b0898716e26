import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/SignInForm";
import { safeReturnPath } from "@/lib/return-path";
import { Brand } from "@/components/ui/Brand";
import { getSessionUser } from "@/lib/server/auth";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  if (await getSessionUser()) redirect(safeReturnPath(callbackUrl));
  return (
    <main className="auth-page">
      <div className="card auth-card">
        <Brand />
        <h1 style={{ marginTop: 22 }}>Sign in</h1>
        <p className="sub">Welcome back to your reading group.</p>
        <SignInForm callbackUrl={callbackUrl} />
      </div>
    </main>
  );
}
