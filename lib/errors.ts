/**
 * The one error type that crosses the service boundary. Services throw it; exactly one mapper
 * (lib/server/http.ts) turns it into an HTTP status and `{error: {code, message}}`.
 * `message` is written for the person using the product: it says what happened and what to do.
 */
export const ERROR_STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA: 415,
  VALIDATION: 422,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  readonly code: ErrorCode;
  /** Extra machine-readable facts for the caller, e.g. the current row on a version conflict. */
  readonly details?: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/** The shape every JSON error response has; clients parse it with this type. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
}
