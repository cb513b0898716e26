import { authedRoute, readJson } from "@/lib/server/http";
import { changeRole, removeMember } from "@/lib/server/services/members/change-role";

type Params = { workspaceId: string; memberId: string };

/** `{role}`: an owner changes a member's role. */
export const PATCH = authedRoute<Params>(async ({ user, params, request }) => changeRole(user, params.workspaceId, params.memberId, await readJson(request)));

/** An owner removes a member, or a member removes themselves (leaves). */
export const DELETE = authedRoute<Params>(async ({ user, params }) => removeMember(user, params.workspaceId, params.memberId));
