import { ConnectionError } from "./errors/connection-error.js";
import { errorFromResponse } from "./errors/from-response.js";
import type { IdentityCallError } from "./errors/identitycall-error.js";
import { MalformedResponseError } from "./errors/malformed-response-error.js";
import { TimeoutError } from "./errors/timeout-error.js";
import { emit, type RequestEvent } from "./observe.js";
import { assertSafeUrl, checkNumbers, type IdentityCallClientOptions, type SingleRequestPolicy } from "./options.js";
import { redactHeaders, redactValue } from "./redact.js";
import { parseBody } from "./response-body.js";
import { parseRetryAfter } from "./retry-after.js";
import { backoffDelay, isRepeatable, RETRY_STATUSES } from "./retry.js";
import { sleep } from "./sleep.js";

/** The client's options with the key resolved; defaults are applied where each is used. */
export type PolicySettings = IdentityCallClientOptions & { apiKey: string };

/**
 * The `fetch` handed to openapi-fetch: every request it builds goes through timeouts, retries, body checks and
 * (with `throwOnError`) typed errors. Per-request `timeoutMs`/`maxRetries` arrive as properties of the request,
 * where openapi-fetch copies unknown init options. Per attempt it costs one timer, and one AbortController plus
 * AbortSignal.any only when the fetch reads `init.signal` (the global fetch does); the first attempt sends
 * openapi-fetch's own Request, and the Response is handed back as it came, its body parsed once.
 */
export function createPolicyFetch(settings: PolicySettings): (request: Request) => Promise<Response> {
  return async (request: Request & SingleRequestPolicy) => {
    const { method, url, signal } = request;
    assertSafeUrl(url);
    checkNumbers(request);
    const timeoutMs = request.timeoutMs ?? settings.timeoutMs ?? 60_000;
    const maxRetries = request.maxRetries ?? settings.maxRetries ?? 2;
    const retries = isRepeatable(method, request.idempotent) ? maxRetries : 0;
    // Only a request that may be sent again is held, as a Blob: each attempt, and a 307/308 redirect within one,
    // re-reads it (fetch cannot replay an ArrayBuffer body after a redirect: it has detached it).
    const body = retries && request.body ? await request.blob() : undefined;
    for (let attempt = 1; ; attempt++) {
      // Events are built only when there is a hook.
      const report = settings.observe && ((event: Partial<RequestEvent>) => emit(settings.observe, { method, url, attempt, ...event } as RequestEvent));
      const sent = body ? new Request(request, { body }) : request;
      report?.({ type: "request", headers: redactHeaders(sent.headers, settings.apiKey) });
      // One timer per attempt, cleared once the body is in memory (AbortSignal.timeout costs far more), and the
      // signals only when the fetch asks for one (in Node 20 each AbortSignal costs microseconds). The timeout
      // covers the body: aborting the signal also ends a body that stalls.
      let controller: AbortController | undefined;
      let timedOut: unknown;
      let expire!: (reason: unknown) => void;
      const expired = new Promise<never>((_, reject) => (expire = reject));
      const timer = setTimeout(() => (controller ? controller.abort((timedOut = 1)) : expire((timedOut = 1))), timeoutMs);
      let response: Response | undefined;
      let text!: string;
      let data: unknown;
      let error: IdentityCallError | undefined;
      let retry = attempt <= retries;
      try {
        // The global fetch reads init.signal, so the signals are made only when it asks. A fetch of the user's may
        // pass on just the Request and never read it: the race still ends the attempt when the time is up.
        response = await Promise.race([
          ((settings.fetch as typeof fetch | undefined) ?? fetch)(sent, {
            get signal() {
              return AbortSignal.any([signal, (controller = new AbortController()).signal]);
            },
          }),
          expired,
        ]);
        text = await Promise.race([response.text(), expired]);
        data = parseBody(text);
      } catch (cause) {
        clearTimeout(timer); // before anything is thrown: an armed timer would keep the process alive
        if (signal.aborted) throw signal.reason;
        const host = new URL(url).host;
        const code = (cause as { cause?: { code?: string } }).cause?.code ?? "";
        error = timedOut
          ? new TimeoutError(`No response from ${host} within ${timeoutMs} ms: raise timeoutMs`)
          : new ConnectionError(`Could not reach ${host}: ${(cause as Error).message} ${code}`, { cause });
      }
      clearTimeout(timer);
      let after: number | undefined;
      if (!error) {
        const { status, headers } = response!;
        report?.({ type: "response", status, headers: redactHeaders(headers, settings.apiKey) });
        if (response!.ok && ![204, 205].includes(status) && method !== "HEAD") {
          // Every success of this API has a JSON body (204 aside); another attempt would not change that.
          // Parsed here, once: openapi-fetch gets the result.
          if (data === text) {
            error = new MalformedResponseError(`${method} ${new URL(url).pathname}: ${status} with a body that is not JSON: is baseUrl right?`, {
              status,
              body: redactValue(text, settings.apiKey),
              headers: new Headers(redactHeaders(headers, settings.apiKey)),
            });
          }
          retry = false;
        } else {
          // A Retry-After over maxRetryAfterMs ends the retries: the caller sees the 429 and its retryAfterMs.
          after = parseRetryAfter(headers.get("retry-after"));
          retry &&= RETRY_STATUSES.includes(status) && !(after! > (settings.maxRetryAfterMs ?? 60_000));
        }
      }
      if (!retry) {
        if (error) {
          report?.({ type: "error", error });
          throw error;
        }
        if (!response!.ok) {
          // An error answer may echo the key: what the caller gets (or the error carries) has it removed.
          const safe = withoutSecret(response!, data, settings.apiKey);
          if (settings.throwOnError) throw errorFromResponse(safe.response, safe.data);
          return safe.response;
        }
        // openapi-fetch reads the body after this: the same Response serves what was read here.
        return Object.assign(response!, { text: async () => text, json: async () => data });
      }
      const delayMs = after ?? backoffDelay(attempt, settings.retryDelayMs ?? 500, settings.maxRetryDelayMs ?? 8_000);
      report?.({ type: "retry", delayMs, reason: error?.name ?? `${response!.status}` });
      await sleep(delayMs, signal);
    }
  };
}

/** An error answer rebuilt without the key in its headers or body; its body parsed once, as for a success. */
function withoutSecret(response: Response, data: unknown, secret: string): { response: Response; data: unknown } {
  const clean = redactValue(data, secret);
  const text = typeof clean === "string" ? clean : clean === undefined ? "" : JSON.stringify(clean);
  const { status, statusText, headers } = response;
  const rebuilt = new Response(null, { status, statusText, headers: redactHeaders(headers, secret) });
  Object.defineProperty(rebuilt, "url", { value: response.url });
  return { response: Object.assign(rebuilt, { text: async () => text, json: async () => clean }), data: clean };
}
