import { db } from "@/lib/server/db";
import { signUp } from "@/lib/server/services/users/sign-up";
import { createWorkspace } from "@/lib/server/services/workspaces/create-workspace";
import type { Role } from "@/lib/permissions";

export const PASSWORD = "correct horse 42";

let counter = 0;
export async function makeUser(tag = "user") {
  counter += 1;
  return signUp({ email: `${tag}-${counter}-${Date.now()}@example.test`, password: PASSWORD });
}

/** An owner with a fresh workspace, plus members in the given roles. */
export async function makeWorkspace(roles: Role[] = []) {
  const owner = await makeUser("owner");
  const workspace = await createWorkspace(owner, { name: `Workspace ${counter}` });
  const members: Record<string, { id: string }> = {};
  for (const role of roles) {
    const user = await makeUser(role);
    await db.membership.create({ data: { workspaceId: workspace.id, userId: user.id, role } });
    members[role] = user;
  }
  return { owner, workspace, members };
}

/** A short text written for these tests, with a hard-wrapped first paragraph. */
export const SEMINAR_TEXT = [
  "The seminar opened with a question about the state. Every reading of the",
  "text depends on what we take the state to be.",
  "",
  "Some argued that the state stands above classes. Others replied that the state",
  "serves the class that holds power, and that this is the point of the text.",
].join("\n");
