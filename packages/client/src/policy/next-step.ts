import { errorFromResponse } from "../errors/from-response.js";
import { MalformedResponseError } from "../errors/malformed-response-error.js";
import { redactHeaders, redactValue } from "../redact.js";
import { parseRetryAfter } from "../retry-after.js";
import { RETRY_STATUSES } from "../retry.js";
import type { PolicySettings } from "./policy-fetch.js";
import type { AttemptOutcome } from "./attempt-deadline.js";
import { readableErrorBody } from "./error-body.js";
import { withoutSecret } from "./without-secret.js";
import { keepParsedBody } from "./parsed-body.js";

/**
 * What follows an attempt: hand back an answer; throw a failure (no usable answer: reported to `observe` as an
 * error); throw an error answer as the typed error `throwOnError` asks for; or try again (after `afterMs` when the
 * server said how long to wait).
 */
export type NextStep =
  | { answer: Response }
  | { fail: Error }
  | { reject: Error }
  | { retry: string; afterMs: number | undefined };

/**
 * Judges one attempt. `mayRetry` says whether attempts are left for a request that may be repeated; `viaMiddleware`
 * that openapi-fetch built a real Request for a middleware, and so parses the answer itself; a success
 * is never retried (another attempt would not change a body), nor a status outside RETRY_STATUSES, nor one
 * whose Retry-After is longer than `maxRetryAfterMs` (the caller sees the 429 and its retryAfterMs).
 */
export function nextStep(
  outcome: AttemptOutcome,
  method: string,
  url: string,
  mayRetry: boolean,
  settings: PolicySettings,
  viaMiddleware: boolean,
): NextStep {
  if (outcome.failure) return mayRetry ? { retry: outcome.failure.name, afterMs: undefined } : { fail: outcome.failure };
  const { response, text, data } = outcome;
  const { status, headers } = response;
  if (response.ok && status !== 204 && status !== 205 && method !== "HEAD") {
    // Every success of this API has a JSON body (204 aside); it is parsed here, once, and openapi-fetch reads the
    // same result from the same Response.
    if (data === text) {
      return {
        fail: new MalformedResponseError(`${method} ${new URL(url).pathname}: ${status} with a body that is not JSON: is baseUrl right?`, {
          status,
          body: redactValue(text, settings.apiKey),
          headers: new Headers(redactHeaders(headers, settings.apiKey)),
        }),
      };
    }
  } else if (!response.ok) {
    const afterMs = parseRetryAfter(headers.get("retry-after"));
    if (mayRetry && RETRY_STATUSES.includes(status) && !(afterMs! > (settings.maxRetryAfterMs ?? 60_000))) {
      return { retry: String(status), afterMs };
    }
    // An error answer may echo the key: what the caller gets (or the error carries) has it removed.
    if (settings.throwOnError) {
      const safe = withoutSecret(response, data, settings.apiKey);
      return { reject: errorFromResponse(safe.response, safe.data, { method, url }) };
    }
    return { answer: withoutSecret(response, readableErrorBody(data, status, response.statusText), settings.apiKey).response };
  }
  // A success (or a body-less answer): the client's method hands over the body parsed here (an empty one as
  // undefined). A real Request usually means a middleware is in the way, and openapi-fetch parses the answer
  // itself, from the text read here, with the same result. Kept either way: a call given its own `Request` class
  // (not typed, possible from JavaScript) also arrives as a real Request, and its method then takes what is kept.
  const kept = keepParsedBody(response, text === "" ? undefined : data);
  return { answer: viaMiddleware ? Object.assign(kept, { text: async () => text, json: async () => data }) : kept };
}
