import { db } from "../../db";
import { requireMember, type Actor } from "../../access";

export interface MemberSummary {
  id: string;
  userId: string;
  email: string;
  name: string | null;
  role: string;
  joinedAt: string;
  isYou: boolean;
}

/** Everyone in the workspace with their role; any member may see who else is in it. */
export async function listMembers(actor: Actor, workspaceId: string): Promise<{ yourRole: string; members: MemberSummary[] }> {
  const yourRole = await requireMember(db, actor, workspaceId, "workspace:read");
  const rows = await db.membership.findMany({
    where: { workspaceId },
    include: { user: { select: { email: true, name: true } } },
    orderBy: { createdAt: "asc" },
  });
  return {
    yourRole,
    members: rows.map((m) => ({
      id: m.id,
      userId: m.userId,
      email: m.user.email,
      name: m.user.name,
      role: m.role,
      joinedAt: m.createdAt.toISOString(),
      isYou: m.userId === actor.id,
    })),
  };
}
