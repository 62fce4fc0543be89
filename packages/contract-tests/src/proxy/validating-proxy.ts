import { BUNDLED_SPEC_PATH } from "../spec/bundled-spec-path.js";
import { loadPrism } from "@identitycall/mock/prism";

export interface ValidatingProxyOptions {
  /** Where requests go after validation, e.g. `https://api.identitycall.ai/api/v1/public`. */
  upstream: string;
  /** The OpenAPI document to validate against; defaults to the bundle shipped in `@identitycall/mock`. */
  specPath?: string;
  /** Whether Prism validates responses too, replacing a broken one with its `#VIOLATIONS` problem (default true). */
  validateResponse?: boolean;
}

export interface ValidatingProxy {
  /** Base URL to point the client at. */
  url: string;
  close(): Promise<void>;
}

/**
 * Prism's validating proxy (`prism proxy --errors`), in this process on a free loopback port: requests that
 * break the spec get 422 and never leave; responses that break it become 500 `#VIOLATIONS` problems listing
 * what was wrong, unless `validateResponse` is false (the pipeline suite judges answers itself with the spec's
 * model, because it needs the API's own body to tell a broken contract from an unforeseen answer). Its logger stays silent because Prism logs request headers, and those carry the API key.
 */
export async function startValidatingProxy(options: ValidatingProxyOptions): Promise<ValidatingProxy> {
  let upstream: URL;
  try {
    upstream = new URL(options.upstream);
  } catch {
    throw new TypeError(`The base URL must be an absolute http(s) URL, got "${options.upstream}"`);
  }
  if (upstream.protocol !== "http:" && upstream.protocol !== "https:") {
    throw new TypeError(`The base URL must use http or https, got "${upstream.protocol}" in "${options.upstream}"`);
  }
  const { createLogger, getHttpOperationsFromSpec, createServer } = await loadPrism();
  const operations = await getHttpOperationsFromSpec(options.specPath ?? BUNDLED_SPEC_PATH);
  const server = createServer(operations, {
    cors: false,
    components: { logger: createLogger("identitycall-contract", { level: "silent" }) },
    config: {
      checkSecurity: true,
      validateRequest: true,
      validateResponse: options.validateResponse ?? true,
      errors: true,
      upstreamProxy: undefined,
      isProxy: true,
      upstream,
      mock: { dynamic: false },
    },
  });
  const url = await server.listen(0, "127.0.0.1");
  return { url: url.replace(/\/$/, ""), close: () => server.close() };
}
