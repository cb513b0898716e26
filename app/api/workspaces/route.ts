import { authedRoute, readJson } from "@/lib/server/http";
import { createWorkspace } from "@/lib/server/services/workspaces/create-workspace";
import { listWorkspaces } from "@/lib/server/services/workspaces/list-workspaces";

export const GET = authedRoute(async ({ user }) => {
  const workspaces = await listWorkspaces(user);
  return workspaces.map(({ id, name, role }) => ({ id, name, role }));
});

export const POST = authedRoute(async ({ user, request }) => createWorkspace(user, await readJson(request)), { status: 201 });
