import { authedRoute } from "@/lib/server/http";
import { readSourceRequest } from "@/lib/server/source-request";
import { importSource } from "@/lib/server/services/sources/import-source";
import { listSources } from "@/lib/server/services/sources/list-sources";

type Params = { workspaceId: string };

export const GET = authedRoute<Params>(async ({ user, params }) => listSources(user, params.workspaceId));

/** Import a text: multipart `file` (.txt, .md, .html, .pdf, .docx) or `text`, plus author, title, year; or JSON. */
export const POST = authedRoute<Params>(
  async ({ user, params, request }) => {
    const { meta, content } = await readSourceRequest(request);
    return importSource(user, params.workspaceId, meta, content);
  },
  { status: 201 },
);
