import { authedRoute } from "@/lib/server/http";
import { revokeInvitation } from "@/lib/server/services/invitations/invitations";

type Params = { workspaceId: string; invitationId: string };

export const DELETE = authedRoute<Params>(async ({ user, params }) => revokeInvitation(user, params.workspaceId, params.invitationId));
