import { IdentityCallError } from "./identitycall-error.js";

/** Thrown when the last attempt took longer than `timeoutMs`. A caller's own abort is not a timeout: it rejects with the signal's reason. */
export class TimeoutError extends IdentityCallError {
  override name = "TimeoutError";
  static override readonly kind: string = "TimeoutError";
}
