import { IdentityCallError } from "./identitycall-error.js";

/** Thrown when no complete response arrived: refused or reset connection, DNS failure, or a body cut short. `cause` holds the runtime's error. */
export class ConnectionError extends IdentityCallError {
  override name = "ConnectionError";
  static override readonly kind: string = "ConnectionError";
}
