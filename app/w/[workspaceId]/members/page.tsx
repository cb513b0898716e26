import type { Metadata } from "next";
import { MembersManager } from "@/components/members/MembersManager";
import { can } from "@/lib/permissions";
import { loadForPage, requirePageUser } from "@/lib/server/pages";
import { listInvitations } from "@/lib/server/services/invitations/invitations";
import { listMembers } from "@/lib/server/services/members/list-members";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage({ params }: { params: Promise<{ workspaceId: string }> }) {
  const { workspaceId } = await params;
  const user = await requirePageUser(`/w/${workspaceId}/members`);
  const { yourRole, members } = await loadForPage(() => listMembers(user, workspaceId));
  const manages = can(yourRole, "members:manage");
  const invitations = manages ? await listInvitations(user, workspaceId) : [];
  return (
    <div className="page">
      <div className="page-head">
        <div>
          <h1>Members</h1>
          <p className="muted">
            {manages
              ? "Who reads and argues in this workspace, and what each may do. Invite people by link or by their account's email."
              : "Who reads and argues in this workspace. Owners manage members and invitations."}
          </p>
        </div>
      </div>
      <MembersManager workspaceId={workspaceId} initialMembers={members} initialInvitations={invitations} manages={manages} />
    </div>
  );
}
