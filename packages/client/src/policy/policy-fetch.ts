import { emit, type RequestEvent } from "../observe.js";
import { assertSafeUrl, checkNumbers, type IdentityCallClientOptions, type SingleRequestPolicy } from "../options.js";
import { redactHeaders } from "../redact.js";
import { backoffDelay, isRepeatable } from "../retry.js";
import { sleep } from "../sleep.js";
import { parseBody } from "../response-body.js";
import { AttemptDeadline, attemptFailure, type AttemptOutcome } from "./attempt-deadline.js";
import { RUNTIME_FETCH } from "../node-transport.js";
import { nextStep } from "./next-step.js";

/** The client's options with the key resolved; defaults are applied where each is used. */
export type PolicySettings = IdentityCallClientOptions & { apiKey: string };

/**
 * The `fetch` handed to openapi-fetch: every request it builds goes through timeouts, retries, body checks and
 * (with `throwOnError`) typed errors. Per-request `timeoutMs`/`maxRetries`/`idempotent` arrive as properties of
 * the request, where openapi-fetch copies unknown init options. Each attempt runs under an `AttemptDeadline` and
 * ends as an outcome (an answer with its body, or `attemptFailure`), judged by `nextStep` (answer, throw or
 * retry); the wait between attempts is `backoffDelay` unless the server named one. The attempt's two awaits stay
 * in this loop: moved into a function of their own they cost the happy path measurably (about 5 % per call). The first attempt sends openapi-fetch's own Request, and the Response is handed back as
 * it came, its body parsed once.
 */
export function createPolicyFetch(settings: PolicySettings): (request: Request) => Promise<Response> {
  // The base URL with its path's trailing slash: `https://host/base/…` can only point under it.
  const checkedBase = settings.baseUrl ? `${settings.baseUrl.replace(/\/+$/, "")}/` : "\0";
  return async (request: Request & SingleRequestPolicy) => {
    const { method, url, signal } = request;
    // A URL under the client's own (already checked) base is safe; anything else is checked in full.
    if (!url.startsWith(checkedBase)) assertSafeUrl(url);
    if (request.timeoutMs !== undefined || request.maxRetries !== undefined) checkNumbers(request);
    const timeoutMs = request.timeoutMs ?? settings.timeoutMs ?? 60_000;
    const maxRetries = request.maxRetries ?? settings.maxRetries ?? 2;
    const retries = isRepeatable(method, request.idempotent) ? maxRetries : 0;
    // Only a request that may be sent again is held, as a Blob: each attempt, and a 307/308 redirect within one,
    // re-reads it (fetch cannot replay an ArrayBuffer body after a redirect: it has detached it). A request that
    // brings its own replay body (an upload) is never held: later attempts send that instead.
    const { replayBody } = request;
    const body = retries && request.body && !replayBody ? await request.blob() : undefined;
    for (let attempt = 1; ; attempt++) {
      // Events are built only when there is a hook.
      const report = settings.observe && ((event: Partial<RequestEvent>) => emit(settings.observe, { method, url, attempt, ...event } as RequestEvent));
      const sent = body
        ? new Request(request, { body })
        : attempt > 1 && replayBody
          ? new Request(request, { body: typeof replayBody === "function" ? replayBody() : replayBody, duplex: "half" } as RequestInit)
          : request;
      report?.({ type: "request", headers: redactHeaders(sent.headers, settings.apiKey) });
      // The global fetch is looked up per request: MSW and test stubs replace it after the client is made. A
      // request's own transport (a large upload) is used only while nobody has replaced it.
      const fetchImpl =
        (settings.fetch as typeof fetch | undefined) ?? (request.transport && fetch === RUNTIME_FETCH ? (request.transport as typeof fetch) : fetch);
      const deadline = new AttemptDeadline(signal, timeoutMs);
      let outcome: AttemptOutcome;
      try {
        // A fetch of the user's may pass on just the Request and never read init.signal: the race still ends it.
        const response = await deadline.within(fetchImpl(sent, deadline.init));
        const text = await deadline.within(response.text());
        outcome = { response, text, data: parseBody(text) };
      } catch (cause) {
        if (signal.aborted) throw signal.reason;
        outcome = { failure: attemptFailure(cause, url, timeoutMs, deadline.timedOut) };
      } finally {
        deadline.clear();
      }
      if (report && outcome.response) {
        report({ type: "response", status: outcome.response.status, headers: redactHeaders(outcome.response.headers, settings.apiKey) });
      }
      const next = nextStep(outcome, method, url, attempt <= retries, settings);
      if ("answer" in next) return next.answer;
      if ("reject" in next) throw next.reject;
      if ("fail" in next) {
        report?.({ type: "error", error: next.fail });
        throw next.fail;
      }
      const delayMs = next.afterMs ?? backoffDelay(attempt, settings.retryDelayMs ?? 500, settings.maxRetryDelayMs ?? 8_000);
      report?.({ type: "retry", delayMs, reason: next.retry });
      await sleep(delayMs, signal);
    }
  };
}
