export interface ErrorDetails {
  status?: number | undefined;
  body?: unknown;
  headers?: Headers | undefined;
  cause?: unknown;
  /** Class-specific fields (`errors`, `retryAfterMs`), copied onto the error. */
  [field: string]: unknown;
}

/**
 * Base class of every error the client throws about a request (not about options: see `IdentityCallConfigError`).
 * Carries the HTTP status, the parsed body (or its text when it was not JSON), the response headers and the
 * server's request id (`X-Request-Id`) when there was a response. Never carries the request or its headers.
 */
export class IdentityCallError extends Error {
  override name = "IdentityCallError";
  declare readonly status: number | undefined;
  declare readonly body: unknown;
  declare readonly headers: Headers | undefined;
  declare readonly requestId: string | undefined;

  constructor(message: string, { cause, ...details }: ErrorDetails = {}) {
    // `cause` goes to Error (not enumerable); the rest become the error's own fields.
    super(message, cause === undefined ? {} : { cause });
    Object.assign(this, details, { requestId: details.headers?.get("x-request-id") ?? undefined });
  }
}
