import type { RequestEvent } from "./observe.js";

/** Where requests go when no `baseUrl` is given. */
export const DEFAULT_BASE_URL = "https://api.identitycall.ai/api/v1/public";

/** The environment variable read when no `apiKey` option is given. */
export const API_KEY_ENV_VAR = "IDENTITYCALL_API_KEY";

/** Policies that can be set for the whole client and overridden on one request. */
export interface RequestPolicy {
  /** Time allowed for one attempt, response body included, in ms. Default 60 000. */
  timeoutMs?: number;
  /** Retries after the first attempt, for requests that are safe to repeat. Default 2; 0 turns retries off. */
  maxRetries?: number;
}

export interface IdentityCallClientOptions extends RequestPolicy {
  /** API key (`idc_…`). Defaults to the `IDENTITYCALL_API_KEY` environment variable where the runtime has one. */
  apiKey?: string;
  /** Base URL of the API. Defaults to production, {@link DEFAULT_BASE_URL}. */
  baseUrl?: string;
  /**
   * The `fetch` to send requests with. Defaults to the global `fetch` at the time of each request. It is called
   * as `fetch(request, { signal })`: pass both on (`(request, init) => fetch(request, init)`) so that a timeout
   * or the caller's abort also cancels the transfer.
   */
  fetch?: (input: Request) => Promise<Response>;
  /** Headers sent with every request (per-request `headers` add to them). */
  headers?: Record<string, string>;
  /** When true, error statuses throw an {@link IdentityCallError} subclass and `data` is never `undefined`. */
  throwOnError?: boolean;
  /** Called for each attempt, response, retry and failure, with the Authorization header redacted. */
  observe?: (event: RequestEvent) => void;
  /** First retry delay in ms, doubled on each retry, with up to 25 % jitter. Default 500. */
  retryDelayMs?: number;
  /** Longest delay between two attempts in ms, when the server gives no `Retry-After`. Default 8 000. */
  maxRetryDelayMs?: number;
  /** Longest `Retry-After` the client waits for, in ms; a longer one ends the retries. Default 60 000. */
  maxRetryAfterMs?: number;
}

/** Thrown when an option is unusable, before any request is sent. */
export class IdentityCallConfigError extends Error {
  override name = "IdentityCallConfigError";
}

/** The key from the option or the environment (where the runtime has `process.env`), refused when missing or when it holds whitespace or control characters. */
export function resolveApiKey(apiKey: string | undefined): string {
  const key = apiKey ?? (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[API_KEY_ENV_VAR];
  if (!key) throw new IdentityCallConfigError(`No API key: pass apiKey or set ${API_KEY_ENV_VAR}`);
  // The key itself is never quoted: it would end up in logs.
  if (/[\s\0-\x1f\x7f]/.test(key)) throw new IdentityCallConfigError("The API key has whitespace or control characters: trim it");
  return key;
}

/** Refuses a URL that is not https, except plain http to a loopback host: the key must never travel in clear. */
export function assertSafeUrl(url: string): void {
  const { protocol, hostname } = URL.canParse(url) ? new URL(url) : {};
  if (protocol !== "https:" && !(protocol === "http:" && /^(localhost|127(\.\d+){3}|\[::1\])$/.test(hostname!))) {
    throw new IdentityCallConfigError(`Refusing baseUrl ${url}: use https (http only to a loopback host)`);
  }
}

type NumericOption = "timeoutMs" | "maxRetries" | "retryDelayMs" | "maxRetryDelayMs" | "maxRetryAfterMs";

/**
 * Checks the numeric options `options` sets (a client's options, or one request's): each must be an integer,
 * at least 1 for `timeoutMs` and at least 0 for the others.
 */
export function checkNumbers(options: Pick<IdentityCallClientOptions, NumericOption>): void {
  for (const name of ["timeoutMs", "maxRetries", "retryDelayMs", "maxRetryDelayMs", "maxRetryAfterMs"] as const) {
    const value = options[name];
    const min = +(name === "timeoutMs");
    if (value !== undefined && !(Number.isInteger(value) && value >= min)) {
      throw new IdentityCallConfigError(`${name} must be an integer >= ${min}, got ${value}`);
    }
  }
}
