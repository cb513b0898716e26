import { authedRoute } from "@/lib/server/http";
import { listMyInvitations } from "@/lib/server/services/invitations/invitations";

/** Invitations addressed to the caller's email, not yet answered. */
export const GET = authedRoute(async ({ user }) => listMyInvitations(user));
