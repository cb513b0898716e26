import { AppError } from "@/lib/errors";
import { formatBytes } from "@/lib/formats/decode-text";
import { MAX_SOURCE_BYTES } from "@/lib/validation/source";
import { authedRoute, readJson } from "@/lib/server/http";
import { importSource, type SourceContent } from "@/lib/server/services/sources/import-source";
import { listSources } from "@/lib/server/services/sources/list-sources";

type Params = { workspaceId: string };

// Form fields and multipart framing on top of the file itself.
const MULTIPART_OVERHEAD = 64 * 1024;

export const GET = authedRoute<Params>(async ({ user, params }) => listSources(user, params.workspaceId));

/** Import a text: multipart form with `file` (a .txt upload) or `text`, plus author, title, year; or the same as JSON. */
export const POST = authedRoute<Params>(
  async ({ user, params, request }) => {
    const declared = Number(request.headers.get("content-length") ?? 0);
    if (declared > MAX_SOURCE_BYTES + MULTIPART_OVERHEAD) {
      throw new AppError("PAYLOAD_TOO_LARGE", `The upload is ${formatBytes(declared)}; the limit is ${formatBytes(MAX_SOURCE_BYTES)}.`);
    }
    const type = request.headers.get("content-type") ?? "";
    let meta: Record<string, unknown>;
    let content: SourceContent;
    if (type.startsWith("multipart/form-data")) {
      const form = await request.formData();
      meta = { author: form.get("author"), title: form.get("title"), year: form.get("year") };
      const file = form.get("file");
      const text = form.get("text");
      if (file instanceof File && file.size > 0) {
        if (file.size > MAX_SOURCE_BYTES) {
          throw new AppError("PAYLOAD_TOO_LARGE", `The file is ${formatBytes(file.size)}; the limit is ${formatBytes(MAX_SOURCE_BYTES)}.`);
        }
        content = { bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name };
      } else if (typeof text === "string") {
        content = { text };
      } else {
        throw new AppError("VALIDATION", "Choose a .txt file or paste the text.");
      }
    } else {
      const body = (await readJson(request)) as Record<string, unknown>;
      meta = body;
      if (typeof body.text !== "string") throw new AppError("VALIDATION", "Send the text as a string in `text`.");
      content = { text: body.text };
    }
    return importSource(user, params.workspaceId, meta, content);
  },
  { status: 201 },
);
