import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/SignUpForm";
import { Brand } from "@/components/ui/Brand";
import { getSessionUser } from "@/lib/server/auth";
import { safeReturnPath } from "@/lib/return-path";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  if (await getSessionUser()) redirect(safeReturnPath(callbackUrl));
  return (
    <main className="auth-page">
      <div className="card auth-card">
        <Brand />
        <h1 style={{ marginTop: 22 }}>Create an account</h1>
        <p className="sub">Map the arguments in the texts your group reads.</p>
        <SignUpForm callbackUrl={callbackUrl} />
      </div>
    </main>
  );
}
