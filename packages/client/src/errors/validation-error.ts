import { IdentityCallError } from "./identitycall-error.js";

/** Thrown on 422: the request was understood but refused. `errors` lists every message the server gave. */
export class ValidationError extends IdentityCallError {
  override name = "ValidationError";
  static override readonly kind: string = "ValidationError";
  declare readonly errors: string[];
}
