import {
  AuthenticationError,
  IdentityCallError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ServerError,
  ValidationError,
} from "@identitycall/client";

/** The error class the client documents for each error status (any other 4xx is a plain IdentityCallError). */
export function expectedErrorClass(status: number): typeof IdentityCallError {
  const byStatus: Record<number, typeof IdentityCallError> = {
    401: AuthenticationError,
    403: PermissionError,
    404: NotFoundError,
    422: ValidationError,
    429: RateLimitError,
  };
  return byStatus[status] ?? (status >= 500 ? ServerError : IdentityCallError);
}
