/** Where requests go when no `baseUrl` is given. */
export const DEFAULT_BASE_URL = "https://api.identitycall.ai/api/v1/public";

/** The environment variable read when no `apiKey` option is given. */
export const API_KEY_ENV_VAR = "IDENTITYCALL_API_KEY";

export interface IdentityCallClientOptions {
  /** API key (`idc_…`). Defaults to the `IDENTITYCALL_API_KEY` environment variable where the runtime has one. */
  apiKey?: string;
  /** Base URL of the API. Defaults to production, {@link DEFAULT_BASE_URL}. */
  baseUrl?: string;
  /** The `fetch` to send requests with. Defaults to the global `fetch`. */
  fetch?: typeof fetch;
}

/** Thrown by `createIdentityCallClient` when an option is unusable; no request has been sent. */
export class IdentityCallConfigError extends Error {
  override name = "IdentityCallConfigError";
}

/** Reads an environment variable on runtimes that have `process.env` (Node, Bun, Deno's compat layer). */
function readEnv(name: string): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return env?.[name];
}

export function resolveApiKey(apiKey: string | undefined): string {
  const key = apiKey ?? readEnv(API_KEY_ENV_VAR);
  if (key === undefined || key === "") {
    throw new IdentityCallConfigError(
      `No API key: pass { apiKey } to createIdentityCallClient or set the ${API_KEY_ENV_VAR} environment variable. ` +
        "Keys start with idc_ and are created in the IdentityCall dashboard under Settings → API Keys.",
    );
  }
  return key;
}
