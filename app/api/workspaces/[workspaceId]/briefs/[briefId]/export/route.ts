import { authedRoute } from "@/lib/server/http";
import { exportBriefMarkdown } from "@/lib/server/services/briefs/export-brief";

type Params = { workspaceId: string; briefId: string };

/** The brief as a Markdown download: live (`?semantics=` optional) or a snapshot (`?snapshot=<id>`). */
export const GET = authedRoute<Params>(async ({ user, params, request }) => {
  const query = new URL(request.url).searchParams;
  const { fileName, markdown } = await exportBriefMarkdown(user, params.workspaceId, params.briefId, { snapshotId: query.get("snapshot"), semantics: query.get("semantics") });
  return new Response(markdown, {
    headers: { "content-type": "text/markdown; charset=utf-8", "content-disposition": `attachment; filename="${fileName}"` },
  });
});
