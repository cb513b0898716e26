import { z } from "zod";
import { authedRoute, readJson } from "@/lib/server/http";
import { answerMyInvitation } from "@/lib/server/services/invitations/invitations";

type Params = { invitationId: string };
const answerSchema = z.object({ answer: z.enum(["accept", "decline"], { message: "Answer accept or decline." }) });

export const POST = authedRoute<Params>(async ({ user, params, request }) => {
  const { answer } = answerSchema.parse(await readJson(request));
  return answerMyInvitation(user, params.invitationId, answer);
});
