import { ConnectionError } from "./errors/connection-error.js";
import { errorFromResponse } from "./errors/from-response.js";
import type { IdentityCallError } from "./errors/identitycall-error.js";
import { MalformedResponseError } from "./errors/malformed-response-error.js";
import { TimeoutError } from "./errors/timeout-error.js";
import { emit, type RequestEvent } from "./observe.js";
import { assertSafeUrl, checkNumbers, type IdentityCallClientOptions, type RequestPolicy } from "./options.js";
import { redactHeaders, redactText } from "./redact.js";
import { parseBody } from "./response-body.js";
import { parseRetryAfter } from "./retry-after.js";
import { backoffDelay, isRepeatable, RETRY_STATUSES } from "./retry.js";
import { sleep } from "./sleep.js";

/** The client's options with the key resolved; defaults are applied where each is used. */
export type PolicySettings = IdentityCallClientOptions & { apiKey: string };

/**
 * The `fetch` handed to openapi-fetch: every request it builds goes through timeouts, retries, body checks and
 * (with `throwOnError`) typed errors. Per-request `timeoutMs`/`maxRetries` arrive as properties of the request,
 * where openapi-fetch copies unknown init options.
 */
export function createPolicyFetch(settings: PolicySettings): (request: Request) => Promise<Response> {
  return async (request: Request & RequestPolicy) => {
    const { method, url, signal } = request;
    assertSafeUrl(url);
    checkNumbers(request);
    const timeoutMs = request.timeoutMs ?? settings.timeoutMs ?? 60_000;
    const maxRetries = request.maxRetries ?? settings.maxRetries ?? 2;
    // Held in memory so that every attempt sends the same bytes. A POST body is read as a form for the retry
    // rule (the upload's external_id); one that is not a form (JSON) has none.
    const body = maxRetries && request.body ? await request.arrayBuffer() : undefined;
    const form = body && method === "POST" ? await new Response(body, { headers: request.headers }).formData().catch(() => undefined) : undefined;
    const retries = isRepeatable(method, url, form) ? maxRetries : 0;
    for (let attempt = 1; ; attempt++) {
      const report = (event: Partial<RequestEvent>) => emit(settings.observe, { method, url, attempt, ...event } as RequestEvent);
      // Covers the body too, since the signal stays on the response; its timer does not keep a process alive.
      const timeout = AbortSignal.timeout(timeoutMs);
      const sent = new Request(request, { body, signal: AbortSignal.any([signal, timeout]) });
      report({ type: "request", headers: redactHeaders(sent.headers) });
      let response: Response | undefined;
      let text = "";
      let error: IdentityCallError | undefined;
      let retry = attempt <= retries;
      try {
        response = await (settings.fetch ?? fetch)(sent);
        text = redactText(await response.text(), settings.apiKey);
      } catch (cause) {
        if (signal.aborted) throw signal.reason;
        const host = new URL(url).host;
        const code = (cause as { cause?: { code?: string } }).cause?.code ?? "";
        error = timeout.aborted
          ? new TimeoutError(`No response from ${host} within ${timeoutMs} ms: raise timeoutMs`)
          : new ConnectionError(`Could not reach ${host}: ${(cause as Error).message} ${code}`, { cause });
      }
      let after: number | undefined;
      if (!error) {
        const { status, headers } = response!;
        report({ type: "response", status, headers: redactHeaders(headers) });
        if (response!.ok && ![204, 205].includes(status) && method !== "HEAD" && parseBody(text) === text) {
          // Every success of this API has a JSON body (204 aside); another attempt would not change that.
          error = new MalformedResponseError(`${status} with a body that is not JSON: is baseUrl right?`, { status, body: text, headers });
          retry = false;
        } else {
          // A Retry-After over maxRetryAfterMs ends the retries: the caller sees the 429 and its retryAfterMs.
          after = parseRetryAfter(headers.get("retry-after"));
          retry &&= RETRY_STATUSES.includes(status) && !(after! > (settings.maxRetryAfterMs ?? 60_000));
          // Rebuilt from the text read, so that openapi-fetch parses it without touching the network again
          // (with no body when there was none: 204, 205 and 304 must not have one).
          response = new Response(text || null, { status, statusText: response!.statusText, headers });
        }
      }
      if (!retry) {
        if (error) {
          report({ type: "error", error });
          throw error;
        }
        if (settings.throwOnError && !response!.ok) throw errorFromResponse(response!, parseBody(text));
        return response!;
      }
      const delayMs = after ?? backoffDelay(attempt, settings.retryDelayMs ?? 500, settings.maxRetryDelayMs ?? 8_000);
      report({ type: "retry", delayMs, reason: error?.name ?? `${response!.status}` });
      await sleep(delayMs, signal);
    }
  };
}
