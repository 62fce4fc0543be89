import { emit, type RequestEvent } from "../observe.js";
import { assertSafeUrl, checkNumbers, type IdentityCallClientOptions, type SingleRequestPolicy } from "../options.js";
import { redactHeaders } from "../redact.js";
import { backoffDelay, isRepeatable } from "../retry.js";
import { sleep } from "../sleep.js";
import { parseBody } from "../response-body.js";
import { AttemptDeadline, attemptFailure, type AttemptOutcome } from "./attempt-deadline.js";
import { RUNTIME_FETCH } from "../node-transport.js";
import { nextStep } from "./next-step.js";
import { DeferredRequest } from "./deferred-request.js";
import { DeadlineClock } from "./deadline-clock.js";
import { makeBodyReplayable } from "./replayable-body.js";

/** The client's options with the key resolved; defaults are applied where each is used. */
export type PolicySettings = IdentityCallClientOptions & { apiKey: string };

/**
 * The `fetch` handed to openapi-fetch: every request it builds goes through timeouts, retries, body checks and
 * (with `throwOnError`) typed errors. Per-request `timeoutMs`/`maxRetries`/`idempotent` arrive as properties of
 * the request, where openapi-fetch copies unknown init options. Each attempt runs under an `AttemptDeadline` and
 * ends as an outcome (an answer with its body, or `attemptFailure`), judged by `nextStep` (answer, throw or
 * retry); the wait between attempts is `backoffDelay` unless the server named one.
 * openapi-fetch hands over a `DeferredRequest` (or, with a middleware, a Request): with the runtime's own fetch
 * its url and init go out as they are, the deadline's signal added; any other fetch gets a Request.
 */
export function createPolicyFetch(settings: PolicySettings): (request: Request | DeferredRequest) => Promise<Response> {
  // The base URL with its path's trailing slash: `https://host/base/…` can only point under it.
  const checkedBase = settings.baseUrl ? `${settings.baseUrl.replace(/\/+$/, "")}/` : "\0";
  const clock = new DeadlineClock();
  return async (input: (Request | DeferredRequest) & SingleRequestPolicy) => {
    const { method, url } = input;
    const deferred = input instanceof DeferredRequest ? input : undefined;
    // The caller's own signal, if it gave one (a deferred call's init has none otherwise).
    const signal = deferred ? (deferred.init.signal ?? undefined) : (input as Request).signal;
    // A URL under the client's own (already checked) base is safe; anything else is checked in full.
    if (!url.startsWith(checkedBase)) assertSafeUrl(url);
    if (input.timeoutMs !== undefined || input.maxRetries !== undefined) checkNumbers(input);
    const timeoutMs = input.timeoutMs ?? settings.timeoutMs ?? 60_000;
    const maxRetries = input.maxRetries ?? settings.maxRetries ?? 2;
    const { replayBody } = input;
    // A request that may be sent again keeps a body every attempt can send. A deferred body is made so where it
    // can be (see makeBodyReplayable); one that cannot is sent once. A Request's body is held as a Blob, read again
    // by each attempt and by a 307/308 redirect within one. A request that brings its own replay body (an upload)
    // is never held: later attempts send that.
    let retries = isRepeatable(method, input.idempotent) ? maxRetries : 0;
    if (retries && deferred && !replayBody) {
      const replayable = makeBodyReplayable(deferred);
      if (replayable === false) retries = 0;
      else if (replayable !== true) await replayable;
    }
    const held = !deferred && retries && (input as Request).body && !replayBody ? await (input as Request).blob() : undefined;
    for (let attempt = 1; ; attempt++) {
      // Events are built only when there is a hook.
      const report = settings.observe && ((event: Partial<RequestEvent>) => emit(settings.observe, { method, url, attempt, ...event } as RequestEvent));
      // A later attempt of an upload sends a fresh copy of its audio.
      const replay = attempt > 1 && replayBody ? (typeof replayBody === "function" ? replayBody() : replayBody) : undefined;
      // The global fetch is looked up per request: MSW and test stubs replace it after the client is made. A
      // request's own transport (a large upload) is used only while nobody has replaced it.
      const fetchImpl =
        (settings.fetch as typeof fetch | undefined) ?? (input.transport && fetch === RUNTIME_FETCH ? (input.transport as typeof fetch) : fetch);
      const direct = deferred && fetchImpl === RUNTIME_FETCH;
      if (direct && replay) Object.assign(deferred.init, { body: replay, duplex: "half" });
      // Any other fetch gets a Request: built before the attempt's deadline joins the client's clock, so that a body
      // fetch refuses reaches the caller as the TypeError it is, with no deadline left on the clock.
      const sent = direct
        ? undefined
        : deferred
          ? deferred.toRequest(replay)
          : held || replay
            ? new Request(input as Request, { body: held ?? replay!, duplex: "half" } as RequestInit)
            : (input as Request);
      report?.({ type: "request", headers: redactHeaders(sent ? sent.headers : deferred!.headers, settings.apiKey) });
      const deadline = new AttemptDeadline(clock, signal, timeoutMs);
      let outcome: AttemptOutcome;
      try {
        let pending: Promise<Response>;
        if (sent) {
          // A fetch of the user's may pass on just the Request and never read init.signal: the race still ends it.
          pending = fetchImpl(sent, deadline.init);
        } else {
          // The runtime's fetch honours the signal, which ends both the answer and its body.
          const { init } = deferred!;
          init.signal = deadline.signal;
          try {
            pending = fetchImpl(url, init);
          } finally {
            init.signal = signal ?? null;
          }
        }
        let response: Response, text: string;
        if (deadline.signalTaken) {
          // The two awaits stay here: moved into a function of their own they cost this path about 5 % per call.
          response = await pending;
          text = await response.text();
        } else {
          // A fetch of the user's that never read the signal: the answer and its body are each raced against the deadline.
          response = await deadline.within(pending);
          text = await deadline.within(response.text());
        }
        outcome = { response, text, data: parseBody(text) };
      } catch (cause) {
        if (signal?.aborted) throw signal.reason;
        outcome = { failure: attemptFailure(cause, url, timeoutMs, deadline.timedOut) };
      } finally {
        deadline.clear();
      }
      if (report && outcome.response) {
        report({ type: "response", status: outcome.response.status, headers: redactHeaders(outcome.response.headers, settings.apiKey) });
      }
      const next = nextStep(outcome, method, url, attempt <= retries, settings, !deferred);
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
