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
/** Marks the client's errors, shared by every copy of the package (its ESM and CommonJS builds, two versions). */
const BRAND = Symbol.for("@identitycall/client:error");

export class IdentityCallError extends Error {
  override name = "IdentityCallError";
  /** The class's name, for `instanceof` across copies of the package (a bundler may rename the class itself). */
  static readonly kind: string = "IdentityCallError";

  /**
   * `instanceof` holds for an error made by another copy of this package too: an app whose code is ESM and whose
   * dependency `require`s the client gets one error class from each build.
   */
  static [Symbol.hasInstance](value: unknown): boolean {
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    if ((value as { [BRAND]?: unknown } | null)?.[BRAND] !== true) return false;
    return this.kind === IdentityCallError.kind || (value as Error).name === this.kind;
  }
  declare readonly status: number | undefined;
  declare readonly body: unknown;
  declare readonly headers: Headers | undefined;
  declare readonly requestId: string | undefined;

  constructor(message: string, { cause, ...details }: ErrorDetails = {}) {
    // `cause` goes to Error (not enumerable); the rest become the error's own fields.
    super(message, cause === undefined ? {} : { cause });
    Object.defineProperty(this, BRAND, { value: true });
    Object.assign(this, details, { requestId: details.headers?.get("x-request-id") ?? undefined });
  }
}
