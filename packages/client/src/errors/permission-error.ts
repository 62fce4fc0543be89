import { IdentityCallError } from "./identitycall-error.js";

/** Thrown on 403: the key lacks the read/write/delete permission, or its project scope excludes the resource. */
export class PermissionError extends IdentityCallError {
  override name = "PermissionError";
  static override readonly kind: string = "PermissionError";
}
