import { authedRoute, readJson } from "@/lib/server/http";
import { createInvitation, listInvitations } from "@/lib/server/services/invitations/invitations";

type Params = { workspaceId: string };

export const GET = authedRoute<Params>(async ({ user, params }) => listInvitations(user, params.workspaceId));

/** `{role, email?, expiresInDays?}`; the response carries the link's secret token, shown once. */
export const POST = authedRoute<Params>(async ({ user, params, request }) => createInvitation(user, params.workspaceId, await readJson(request)), { status: 201 });
