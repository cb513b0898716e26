import { authedRoute } from "@/lib/server/http";
import { readSourceRequest } from "@/lib/server/source-request";
import { reviseSource } from "@/lib/server/services/sources/revise-source";

type Params = { workspaceId: string; sourceId: string };

/** Revise a source: multipart `file` or `text` plus `version`, or JSON `{version, text, format?}`. */
export const POST = authedRoute<Params>(
  async ({ user, params, request }) => {
    const { meta, content } = await readSourceRequest(request);
    return reviseSource(user, params.workspaceId, params.sourceId, { version: meta.version }, content);
  },
  { status: 201 },
);
