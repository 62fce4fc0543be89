import { AuthenticationError } from "./authentication-error.js";
import { IdentityCallError } from "./identitycall-error.js";
import { NotFoundError } from "./not-found-error.js";
import { PermissionError } from "./permission-error.js";
import { RateLimitError } from "./rate-limit-error.js";
import { ServerError } from "./server-error.js";
import { ValidationError } from "./validation-error.js";
import { parseRetryAfter } from "../retry-after.js";

type ErrorBody = { error?: unknown; errors?: unknown } | string | null | undefined;

/** The messages in an API error body: `{ "error": "…" }`, `{ "errors": ["…"] }`, or a non-JSON text. */
export function errorMessages(body: ErrorBody): string[] {
  return [typeof body === "string" ? body.slice(0, 200) : (body?.errors ?? body?.error ?? [])].flat().filter(Boolean).map(String);
}

/** Class and what-to-do hint for each status that has its own class. */
const BY_STATUS: Record<number, [typeof IdentityCallError, string]> = {
  401: [AuthenticationError, "check the API key"],
  403: [PermissionError, "the key lacks this permission or project"],
  404: [NotFoundError, "not found within the key's scope"],
  422: [ValidationError, "fix the fields listed in errors"],
  429: [RateLimitError, "rate limited: slow down"],
  // Every 5xx is looked up as 500.
  500: [ServerError, "server error: try later"],
};

/** The error class for an HTTP error status, with a message that says what went wrong and what to do. */
export function errorFromResponse(response: Response, body: unknown): IdentityCallError {
  const { status, headers } = response;
  const errors = errorMessages(body as ErrorBody);
  const [ErrorClass, hint] = BY_STATUS[status < 500 ? status : 500] ?? [IdentityCallError, "see body"];
  // Only the classes that declare them get `errors` and `retryAfterMs`.
  return new ErrorClass(`${status} ${errors.join("; ")} (${hint})`, {
    status,
    body,
    headers,
    ...(status === 422 && { errors }),
    ...(status === 429 && { retryAfterMs: parseRetryAfter(headers.get("retry-after")) }),
  });
}
