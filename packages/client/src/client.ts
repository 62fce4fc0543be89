import { createClient } from "./openapi-fetch-interop.js";
import type { IdentityCallClient, IdentityCallThrowingClient } from "./client-types.js";
import { clientHeaders } from "./client-header.js";
import type { paths } from "./generated/schema.js";
import { debugLogFromEnvironment } from "./debug-log.js";
import { checkBaseUrl, checkNotInBrowser, checkNumbers, DEFAULT_BASE_URL, resolveApiKey, type IdentityCallClientOptions } from "./options.js";
import { checkedPathSerializer } from "./path-params.js";
import { createPolicyFetch } from "./policy/policy-fetch.js";
import { requestClassFor } from "./policy/deferred-request.js";
import { parseOnce } from "./parse-once.js";

/** The caller's `observe`, and the IDENTITYCALL_LOG=debug logger beside it when that is set. */
function withDebugLog(observe: IdentityCallClientOptions["observe"]): IdentityCallClientOptions["observe"] {
  const debug = debugLogFromEnvironment();
  if (!debug) return observe;
  return observe ? (event) => (observe(event), debug(event)) : debug;
}

/**
 * Creates a client for the IdentityCall API. Call endpoints by path:
 * `client.GET("/virtual_numbers")` resolves to `{ data, error, response }`; with `throwOnError: true`
 * it resolves to `{ data, response }` and error statuses throw.
 *
 * Throws {@link IdentityCallConfigError} before any request when an option is unusable.
 */
export function createIdentityCallClient(options: IdentityCallClientOptions & { throwOnError: true }): IdentityCallThrowingClient;
export function createIdentityCallClient(options?: IdentityCallClientOptions): IdentityCallClient;
export function createIdentityCallClient(options: IdentityCallClientOptions = {}): IdentityCallClient | IdentityCallThrowingClient {
  checkNotInBrowser(options);
  const apiKey = resolveApiKey(options.apiKey);
  const baseUrl = options.baseUrl ?? DEFAULT_BASE_URL;
  checkBaseUrl(baseUrl);
  checkNumbers(options);
  const state = { middleware: false };
  const client = createClient<paths>({
    baseUrl,
    headers: { ...clientHeaders(), ...options.headers, Authorization: `Bearer ${apiKey}` },
    fetch: createPolicyFetch({ ...options, baseUrl, apiKey, observe: withDebugLog(options.observe) }) as (request: Request) => Promise<Response>,
    pathSerializer: checkedPathSerializer,
    Request: requestClassFor(state),
  });
  // A middleware is handed the request openapi-fetch built: from the first one on, that is a real Request.
  const use = client.use;
  client.use = (...middleware) => {
    state.middleware = true;
    use(...middleware);
  };
  return parseOnce(client, state) as unknown as IdentityCallClient;
}
