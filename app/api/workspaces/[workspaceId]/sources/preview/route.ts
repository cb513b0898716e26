import { authedRoute } from "@/lib/server/http";
import { readSourceRequest } from "@/lib/server/source-request";
import { previewSource } from "@/lib/server/services/sources/preview-source";

type Params = { workspaceId: string };

/** What importing this file or text would produce (opening paragraphs, outline, report), saving nothing. */
export const POST = authedRoute<Params>(async ({ user, params, request }) => {
  const { content } = await readSourceRequest(request);
  return previewSource(user, params.workspaceId, content);
});
