import type { Metadata } from "next";
import Link from "next/link";
import { AcceptInvitation } from "@/components/members/AcceptInvitation";
import { TopBar } from "@/components/ui/TopBar";
import { roleWithArticle } from "@/lib/permissions";
import { loadForPage, requirePageUser } from "@/lib/server/pages";
import { previewInvitation, type InvitationPreview } from "@/lib/server/services/invitations/invitations";

export const metadata: Metadata = { title: "Invitation" };

const EXPLANATION: Record<Exclude<InvitationPreview["status"], "pending">, string> = {
  expired: "This invitation has expired. Ask the workspace's owner for a new link.",
  revoked: "This invitation was withdrawn by the workspace's owner.",
  accepted: "This invitation has already been used.",
  "wrong-user": "This invitation was sent to another email address. Sign in with that account to accept it.",
  "already-member": "You are already a member of this workspace.",
};

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const user = await requirePageUser(`/invite/${token}`);
  const invitation = await loadForPage(() => previewInvitation(user, token));
  const role = roleWithArticle(invitation.role);
  return (
    <>
      <TopBar email={user.email} />
      <main className="auth-page">
        <div className="card auth-card" style={{ maxWidth: 480 }}>
          <p className="faint" style={{ margin: 0 }}>Invitation from {invitation.invitedBy}</p>
          <h1 style={{ fontSize: 24, margin: "6px 0 10px" }}>{invitation.workspace.name}</h1>
          {invitation.status === "pending" ? (
            <>
              <p>
                You are invited to join as <strong>{role}</strong>. You are signed in as {user.email}.
              </p>
              <AcceptInvitation token={token} workspaceId={invitation.workspace.id} />
            </>
          ) : (
            <>
              <div className="alert alert-warning" role="alert">{EXPLANATION[invitation.status]}</div>
              {invitation.status === "already-member" ? (
                <Link className="btn btn-primary" href={`/w/${invitation.workspace.id}/map`}>Open the workspace</Link>
              ) : (
                <Link className="btn" href="/workspaces">Your workspaces</Link>
              )}
            </>
          )}
        </div>
      </main>
    </>
  );
}
