import { IdentityCallError } from "./identitycall-error.js";

/** Thrown when a success status came with a body that is empty or not JSON; `body` holds the text received. */
export class MalformedResponseError extends IdentityCallError {
  override name = "MalformedResponseError";
  static override readonly kind: string = "MalformedResponseError";
}
