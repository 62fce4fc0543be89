import { IdentityCallError } from "./identitycall-error.js";

/** Thrown on any 5xx status once the retries are spent. */
export class ServerError extends IdentityCallError {
  override name = "ServerError";
  static override readonly kind: string = "ServerError";
}
