import createClient, { type Client } from "openapi-fetch";
import type { paths } from "./generated/schema.js";
import { DEFAULT_BASE_URL, resolveApiKey, type IdentityCallClientOptions } from "./options.js";

/** An openapi-fetch client typed with every path of the IdentityCall API. */
export type IdentityCallClient = Client<paths>;

/**
 * Creates a client for the IdentityCall API. Call endpoints by path:
 * `client.GET("/virtual_numbers")` resolves to `{ data, error, response }`.
 *
 * Throws {@link IdentityCallConfigError} before any request when no API key can be found.
 */
export function createIdentityCallClient(options: IdentityCallClientOptions = {}): IdentityCallClient {
  const apiKey = resolveApiKey(options.apiKey);
  return createClient<paths>({
    baseUrl: options.baseUrl ?? DEFAULT_BASE_URL,
    headers: { Authorization: `Bearer ${apiKey}` },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}
