import { AuthenticationError } from "./authentication-error.js";
import { IdentityCallError } from "./identitycall-error.js";
import { NotFoundError } from "./not-found-error.js";
import { PermissionError } from "./permission-error.js";
import { RateLimitError } from "./rate-limit-error.js";
import { ServerError } from "./server-error.js";
import { ValidationError } from "./validation-error.js";
import { parseRetryAfter } from "../retry-after.js";

type ErrorBody = Record<string, unknown> | string | null | undefined;

/**
 * The messages in an error body, whatever its shape: the API's `{ "error": "…" }` or `{ "errors": ["…"] }`, a
 * problem document's `title` and `detail` (and a validator's `validation` list, as Prism sends), a `message`, or a
 * text that is not JSON (a gateway's page), cut short.
 */
export function errorMessages(body: ErrorBody): string[] {
  if (typeof body === "string") return body.trim() ? [body.trim().slice(0, 200)] : [];
  const listed = [body?.["errors"] ?? body?.["error"] ?? []].flat().filter(Boolean).map((item) => (typeof item === "string" ? item : JSON.stringify(item)));
  if (listed.length > 0) return listed;
  const validation = Array.isArray(body?.["validation"])
    ? (body["validation"] as { location?: unknown; message?: unknown }[]).map((v) =>
        [Array.isArray(v.location) ? v.location.join(".") : "", v.message].filter(Boolean).join(": "),
      )
    : [];
  return [body?.["title"], body?.["detail"], ...validation, body?.["message"]].filter((text): text is string => typeof text === "string" && text !== "");
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

/**
 * The error class for an HTTP error status, with a message that names the request, says what the server said and
 * what to do: `GET /api/v1/public/recordings/125: 404 Recording not found (not found within the key's scope)`.
 */
export function errorFromResponse(response: Response, body: unknown, request: { method: string; url: string }): IdentityCallError {
  const { status, headers } = response;
  const errors = errorMessages(body as ErrorBody);
  const [ErrorClass, hint] = BY_STATUS[status < 500 ? status : 500] ?? [IdentityCallError, "see body"];
  const said = errors.length > 0 ? errors.join("; ") : "no message in the body";
  // Only the classes that declare them get `errors` and `retryAfterMs`.
  return new ErrorClass(`${request.method} ${new URL(request.url).pathname}: ${status} ${said} (${hint})`, {
    status,
    body,
    headers,
    ...(status === 422 && { errors }),
    ...(status === 429 && { retryAfterMs: parseRetryAfter(headers.get("retry-after")) }),
  });
}
