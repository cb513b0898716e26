import { ZodError } from "zod";
import { AppError, type ErrorBody } from "../errors";
import { getSessionUser, type SessionUser } from "./auth";
import { CLIENT_ID_HEADER, liveHub } from "./live/hub";

/** The one place an error becomes an HTTP response. Unknown errors leak nothing but are logged. */
export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    const body: ErrorBody = { error: { code: error.code, message: error.message, details: error.details } };
    return Response.json(body, { status: error.status });
  }
  if (error instanceof ZodError) {
    const issue = error.issues[0];
    const where = issue && issue.path.length > 0 ? ` (${issue.path.join(".")})` : "";
    const body: ErrorBody = { error: { code: "VALIDATION", message: `${issue?.message ?? "Invalid input."}${where}` } };
    return Response.json(body, { status: 422 });
  }
  console.error("Unhandled error in route handler", error);
  const body: ErrorBody = { error: { code: "INTERNAL", message: "Something went wrong on our side. Nothing was saved; please try again." } };
  return Response.json(body, { status: 500 });
}

export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new AppError("VALIDATION", "The request body must be valid JSON.");
  }
}

type RouteContext<P> = { params: Promise<P> };

/**
 * Every successful write inside a workspace tells the people watching it, whatever the route: a new
 * route cannot forget to. The event says only what kind of thing changed; clients refetch what they
 * show, through the same access checks as any read.
 */
function announceChange(request: Request, actorId: string, params: unknown): void {
  if (request.method === "GET" || request.method === "HEAD") return;
  const workspaceId = (params as { workspaceId?: unknown } | null)?.workspaceId;
  if (typeof workspaceId !== "string") return;
  const topic = new URL(request.url).pathname.split("/")[4] ?? "workspace";
  liveHub.publish(workspaceId, { topic, actorId, clientId: request.headers.get(CLIENT_ID_HEADER) });
}

/**
 * Wrap a route handler: refuse anonymous callers with 401, hand the handler the user and params,
 * serialise its result as JSON and map any error through `errorResponse`.
 */
export function authedRoute<P = Record<string, never>>(
  handler: (args: { request: Request; user: SessionUser; params: P }) => Promise<unknown>,
  options: { status?: number } = {},
) {
  return async (request: Request, context: RouteContext<P>): Promise<Response> => {
    try {
      const user = await getSessionUser();
      if (!user) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
      const params = await context.params;
      const result = await handler({ request, user, params });
      announceChange(request, user.id, params);
      if (result instanceof Response) return result;
      return Response.json(result, { status: options.status ?? 200 });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
