import { IdentityCallError } from "./identitycall-error.js";

/** Thrown on 401: the key is missing, malformed, revoked or expired. */
export class AuthenticationError extends IdentityCallError {
  override name = "AuthenticationError";
  static override readonly kind: string = "AuthenticationError";
}
