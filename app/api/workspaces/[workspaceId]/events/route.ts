import { requireMember } from "@/lib/server/access";
import { db } from "@/lib/server/db";
import { authedRoute } from "@/lib/server/http";
import { liveHub, type LiveEvent } from "@/lib/server/live/hub";

type Params = { workspaceId: string };

export const dynamic = "force-dynamic";

// Proxies drop idle connections; a comment line now and then keeps the stream open.
const HEARTBEAT_MS = 20_000;

/**
 * Server-sent events for one workspace: `presence` (who has it open) and `change` (something was
 * written; refetch). `?client=` names the tab so it can tell its own changes from others'.
 */
export const GET = authedRoute<Params>(async ({ user, params, request }) => {
  await requireMember(db, user, params.workspaceId, "workspace:read");
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const write = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      const send = (event: LiveEvent) => write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
      write("retry: 2000\n\n");
      const unsubscribe = liveHub.subscribe(params.workspaceId, { userId: user.id, label: user.name ?? user.email }, send);
      const heartbeat = setInterval(() => write(": keep-alive\n\n"), HEARTBEAT_MS);
      cleanup = () => {
        clearInterval(heartbeat);
        unsubscribe();
        cleanup = () => {};
      };
      request.signal.addEventListener("abort", () => {
        cleanup();
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      });
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache, no-transform", connection: "keep-alive", "x-accel-buffering": "no" },
  });
});
