import Link from "next/link";
import { Brand } from "./Brand";
import { SignOutButton } from "./SignOutButton";

export function TopBar({ email, workspaceName }: { email: string; workspaceName?: string }) {
  return (
    <header className="topbar">
      <Brand href="/workspaces" />
      {workspaceName && (
        <nav className="crumb" aria-label="Breadcrumb">
          <span aria-hidden="true">/</span>
          <Link href="/workspaces">Workspaces</Link>
          <span aria-hidden="true">/</span>
          <strong>{workspaceName}</strong>
        </nav>
      )}
      <span className="spacer" />
      <span className="user-chip" data-testid="user-email">{email}</span>
      <SignOutButton />
    </header>
  );
}
