import { IdentityCallError } from "./identitycall-error.js";

/**
 * Thrown on 429 once the retries are spent, or at once when `Retry-After` asks for longer than `maxRetryAfterMs`.
 * `retryAfterMs` is the server's `Retry-After` in ms, when it sent one.
 */
export class RateLimitError extends IdentityCallError {
  override name = "RateLimitError";
  static override readonly kind: string = "RateLimitError";
  declare readonly retryAfterMs: number | undefined;
}
