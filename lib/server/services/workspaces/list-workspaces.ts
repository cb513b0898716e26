import { db } from "../../db";
import type { Actor } from "../../access";

export interface WorkspaceSummary {
  id: string;
  name: string;
  description: string;
  role: string;
  sourceCount: number;
  claimCount: number;
  updatedAt: string;
}

/** The caller's workspaces, most recently changed first. */
export async function listWorkspaces(actor: Actor): Promise<WorkspaceSummary[]> {
  const memberships = await db.membership.findMany({
    where: { userId: actor.id },
    include: {
      workspace: {
        include: {
          _count: { select: { sources: { where: { deletedAt: null } }, claims: { where: { deletedAt: null } } } },
        },
      },
    },
    orderBy: { workspace: { updatedAt: "desc" } },
  });
  return memberships.map(({ role, workspace }) => ({
    id: workspace.id,
    name: workspace.name,
    description: workspace.description,
    role,
    sourceCount: workspace._count.sources,
    claimCount: workspace._count.claims,
    updatedAt: workspace.updatedAt.toISOString(),
  }));
}
