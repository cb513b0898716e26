import type { ErrorBody, ErrorCode } from "@/lib/errors";

/** A refused or failed API call, carrying the server's plain-words message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | "NETWORK",
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** Names this browser tab in its writes, so live updates can tell its own changes from others'. */
export const CLIENT_ID = typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : Math.random().toString(36).slice(2);
const CLIENT_ID_HEADER = "x-agon-client";

/** JSON fetch for the app's own API: resolves to the body, or throws ApiError with a message to show. */
export async function api<T>(url: string, init: { method?: string; body?: unknown; form?: FormData } = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: init.method ?? (init.body !== undefined || init.form ? "POST" : "GET"),
      headers: { [CLIENT_ID_HEADER]: CLIENT_ID, ...(init.body !== undefined ? { "content-type": "application/json" } : {}) },
      body: init.form ?? (init.body !== undefined ? JSON.stringify(init.body) : undefined),
    });
  } catch {
    throw new ApiError(0, "NETWORK", "The server could not be reached. Check your connection; nothing was lost.");
  }
  const body = (await response.json().catch(() => null)) as unknown;
  if (!response.ok) {
    const error = (body as ErrorBody | null)?.error;
    throw new ApiError(response.status, error?.code ?? "INTERNAL", error?.message ?? `The request failed (${response.status}).`, error?.details);
  }
  return body as T;
}
