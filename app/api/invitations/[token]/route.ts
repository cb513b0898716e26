import { authedRoute } from "@/lib/server/http";
import { acceptInvitation, previewInvitation } from "@/lib/server/services/invitations/invitations";

type Params = { token: string };

/** What the link offers the signed-in caller. */
export const GET = authedRoute<Params>(async ({ user, params }) => previewInvitation(user, params.token));

/** Accept: join the workspace with the invitation's role. */
export const POST = authedRoute<Params>(async ({ user, params }) => acceptInvitation(user, params.token));
