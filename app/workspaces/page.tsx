import type { Metadata } from "next";
import Link from "next/link";
import { AcceptInvitation } from "@/components/members/AcceptInvitation";
import { CreateWorkspaceForm } from "@/components/workspaces/CreateWorkspaceForm";
import { TopBar } from "@/components/ui/TopBar";
import { requirePageUser } from "@/lib/server/pages";
import { listMyInvitations } from "@/lib/server/services/invitations/invitations";
import { listWorkspaces } from "@/lib/server/services/workspaces/list-workspaces";

export const metadata: Metadata = { title: "Workspaces" };

export default async function WorkspacesPage() {
  const user = await requirePageUser("/workspaces");
  const [workspaces, invitations] = await Promise.all([listWorkspaces(user), listMyInvitations(user)]);
  return (
    <>
      <TopBar email={user.email} />
      <main className="page">
        <div className="page-head">
          <div>
            <h1>Your workspaces</h1>
            <p className="muted">Each workspace holds a group&apos;s texts and the map of their arguments.</p>
          </div>
          <CreateWorkspaceForm />
        </div>
        {invitations.length > 0 && (
          <section className="card" aria-labelledby="invitations-heading" style={{ marginBottom: 24 }}>
            <h2 id="invitations-heading" style={{ fontSize: 17, margin: "0 0 8px" }}>Invitations for you</h2>
            <ul className="plain-list">
              {invitations.map((i) => (
                <li key={i.id} data-testid="my-invitation">
                  <span>
                    <strong>{i.workspace.name}</strong> as {i.role}
                    <span className="faint" style={{ display: "block" }}>from {i.invitedBy}</span>
                  </span>
                  <AcceptInvitation invitationId={i.id} workspaceId={i.workspace.id} compact />
                </li>
              ))}
            </ul>
          </section>
        )}
        {workspaces.length === 0 ? (
          <div className="card empty">
            <h2>No workspaces yet</h2>
            <p>Create one, then import a text or paste one to start mapping its arguments.</p>
          </div>
        ) : (
          <div className="ws-grid">
            {workspaces.map((w) => (
              <Link key={w.id} href={`/w/${w.id}/map`} className="card ws-card" data-testid="workspace-card">
                <h2>{w.name}</h2>
                {w.description && <p className="muted" style={{ margin: 0, fontSize: 14 }}>{w.description}</p>}
                <div className="meta">
                  <span className="badge">{w.role}</span>
                  <span>{w.sourceCount} {w.sourceCount === 1 ? "source" : "sources"}</span>
                  <span>·</span>
                  <span>{w.claimCount} {w.claimCount === 1 ? "claim" : "claims"}</span>
                </div>
              </Link>
            ))}
          </div>
        )}
      </main>
    </>
  );
}
