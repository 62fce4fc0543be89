import type { RequestEvent } from "./observe.js";

/** Where requests go when no `baseUrl` is given. */
export const DEFAULT_BASE_URL = "https://api.identitycall.ai/api/v1/public";

/** The environment variable read when no `apiKey` option is given. */
export const API_KEY_ENV_VAR = "IDENTITYCALL_API_KEY";

/** Policies that can be set for the whole client and overridden on one request. */
export interface RequestPolicy {
  /** Time allowed for one attempt, response body included, in ms. Default 60 000. */
  timeoutMs?: number | undefined;
  /** Retries after the first attempt, for requests that are safe to repeat. Default 2; 0 turns retries off. */
  maxRetries?: number | undefined;
}

/** Options of one request only. */
export interface SingleRequestPolicy extends RequestPolicy {
  /**
   * Retry this request like a GET although its method is POST or PATCH: set it when the request carries a key the
   * API honours as an idempotency key. `uploadRecording` sets it when the upload has `external_id`.
   */
  idempotent?: boolean | undefined;
  /**
   * What a retry sends as the body, instead of a copy of the first attempt's: a Blob (read again, not held) or a
   * function making a fresh stream. `uploadRecording` sets it, so that a 500 MB upload is never held in memory.
   */
  replayBody?: Blob | (() => ReadableStream<Uint8Array>) | undefined;
  /**
   * How this request goes out when the client has no `fetch` option and the runtime's fetch is still in place:
   * `uploadRecording` sends large audio through node:http, which does not hold the body in memory.
   */
  transport?: ((request: Request, init?: RequestInit) => Promise<Response>) | undefined;
}

export interface IdentityCallClientOptions extends RequestPolicy {
  /** API key (`idc_…`). Defaults to the `IDENTITYCALL_API_KEY` environment variable where the runtime has one. */
  apiKey?: string | undefined;
  /** Base URL of the API. Defaults to production, {@link DEFAULT_BASE_URL}. */
  baseUrl?: string | undefined;
  /**
   * The `fetch` to send requests with. Defaults to the global `fetch` at the time of each request. It is called
   * as `fetch(request, { signal })`: pass both on (`(request, init) => fetch(request, init)`) so that a timeout
   * or the caller's abort also cancels the transfer.
   */
  fetch?: ((input: Request, init?: RequestInit) => Promise<Response>) | undefined;
  /** Headers sent with every request (per-request `headers` add to them). */
  headers?: Record<string, string> | undefined;
  /** When true, error statuses throw an {@link IdentityCallError} subclass and `data` is never `undefined`. */
  throwOnError?: boolean | undefined;
  /** Called for each attempt, response, retry and failure, with the Authorization header redacted. */
  observe?: ((event: RequestEvent) => void) | undefined;
  /** First retry delay in ms, doubled on each retry, with up to 25 % jitter. Default 500. */
  retryDelayMs?: number | undefined;
  /** Longest delay between two attempts in ms, when the server gives no `Retry-After`. Default 8 000. */
  maxRetryDelayMs?: number | undefined;
  /** Longest `Retry-After` the client waits for, in ms; a longer one ends the retries. Default 60 000. */
  maxRetryAfterMs?: number | undefined;
  /**
   * In a web page the client refuses to start: anyone who opens the page can read the key from it. Set this for a
   * page that only its own user runs (a local tool, a test); call the API from a server otherwise.
   */
  dangerouslyAllowBrowser?: boolean | undefined;
}

/** Thrown when an option is unusable, before any request is sent. */
export class IdentityCallConfigError extends Error {
  override name = "IdentityCallConfigError";
}

/** Refuses to put a key into a web page unless the caller says the page is theirs (see `dangerouslyAllowBrowser`). */
export function checkNotInBrowser(options: IdentityCallClientOptions): void {
  const page = typeof (globalThis as { document?: unknown }).document !== "undefined";
  if (page && !options.dangerouslyAllowBrowser) {
    throw new IdentityCallConfigError(
      "The API key would be readable by anyone who opens this page: call the API from your server, or pass " +
        "dangerouslyAllowBrowser: true for a page only you run (a local tool, a test)",
    );
  }
}

/** The key from the option or the environment (where the runtime has `process.env`), refused when missing or when it holds whitespace or control characters. */
export function resolveApiKey(apiKey: string | undefined): string {
  const key = apiKey ?? (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[API_KEY_ENV_VAR];
  if (!key) throw new IdentityCallConfigError(`No API key: pass apiKey or set ${API_KEY_ENV_VAR}`);
  // The key itself is never quoted: it would end up in logs. Only visible ASCII fits in a header: a key pasted
  // with a zero-width space would otherwise fail later, on the first request, as a TypeError.
  if (!/^[\x21-\x7e]+$/.test(key)) throw new IdentityCallConfigError("The API key has non-ASCII, whitespace or control characters: trim it");
  return key;
}

/**
 * Checks the baseUrl once, when the client is made: paths are appended to it, so a query or fragment would end up
 * in the middle of every URL, and credentials in it would travel beside the key (and show in messages).
 */
export function checkBaseUrl(baseUrl: string): void {
  // First, and not quoted: the URL may hold a password.
  if (/[?#@]/.test(baseUrl)) throw new IdentityCallConfigError("baseUrl must have no user:password (the key goes in apiKey), query or fragment");
  assertSafeUrl(baseUrl);
}

/** Refuses a URL that is not https, except plain http to a loopback host: the key must never travel in clear. */
export function assertSafeUrl(url: string): void {
  const { protocol, hostname } = URL.canParse(url) ? new URL(url) : {};
  if (protocol !== "https:" && !(protocol === "http:" && /^(localhost|127(\.\d+){3}|\[::1\])$/.test(hostname!))) {
    throw new IdentityCallConfigError(`Refusing baseUrl ${url}: use https (http only to a loopback host)`);
  }
}

type NumericOption = "timeoutMs" | "maxRetries" | "retryDelayMs" | "maxRetryDelayMs" | "maxRetryAfterMs";

/** The longest delay a timer can hold (2^31 - 1 ms, about 24.8 days); longer ones fire at once. */
const MAX_TIMER_MS = 2_147_483_647;

/**
 * Checks the numeric options `options` sets (a client's options, or one request's): each must be an integer,
 * at least 1 for `timeoutMs` and at least 0 for the others, and a duration must fit in a timer.
 */
export function checkNumbers(options: Pick<IdentityCallClientOptions, NumericOption>): void {
  for (const name of ["timeoutMs", "maxRetries", "retryDelayMs", "maxRetryDelayMs", "maxRetryAfterMs"] as const) {
    const value = options[name];
    if (value === undefined) continue;
    const min = +(name === "timeoutMs");
    if (!(Number.isInteger(value) && value >= min)) throw new IdentityCallConfigError(`${name} must be an integer >= ${min}, got ${value}`);
    if (name !== "maxRetries" && value > MAX_TIMER_MS) throw new IdentityCallConfigError(`${name} must be at most ${MAX_TIMER_MS}, got ${value}`);
  }
}
