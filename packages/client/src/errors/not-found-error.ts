import { IdentityCallError } from "./identitycall-error.js";

/** Thrown on 404: the resource does not exist, was deleted, or lies outside the key's project scope. */
export class NotFoundError extends IdentityCallError {
  override name = "NotFoundError";
  static override readonly kind: string = "NotFoundError";
}
