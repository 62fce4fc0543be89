import { fileURLToPath } from "node:url";
import { createLogger } from "@stoplight/prism-core";
import { getHttpOperationsFromSpec } from "@stoplight/prism-http";
import { createServer } from "@stoplight/prism-http-server";

export interface MockServerOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to bind; defaults to 127.0.0.1. */
  host?: string;
  /** Generate response bodies from the schemas instead of answering with the spec's examples. */
  dynamic?: boolean;
  /** Seed for dynamic generation, so the same requests get the same data on every run. */
  seed?: string;
  /** Path of the OpenAPI document to serve; defaults to the bundle shipped in this package. */
  specPath?: string;
}

export interface MockServer {
  /** Base URL of the mock, e.g. `http://127.0.0.1:4010`: use it as the client's `baseUrl`. */
  url: string;
  /** Stops the server and waits until its port is free. */
  close(): Promise<void>;
}

/** The bundled spec shipped next to the built module (`dist/openapi.json`). */
export const BUNDLED_SPEC_PATH = fileURLToPath(new URL("./openapi.json", import.meta.url));

/** Starts Prism in this process, serving the IdentityCall API from its OpenAPI document. */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new RangeError(`port must be an integer from 0 to 65535 (0 picks a free port), got ${String(options.port)}`);
  }
  const host = options.host ?? "127.0.0.1";
  const operations = await getHttpOperationsFromSpec(options.specPath ?? BUNDLED_SPEC_PATH);
  const server = createServer(operations, {
    cors: true,
    components: { logger: createLogger("identitycall-mock", { level: "silent" }) },
    config: {
      checkSecurity: true,
      validateRequest: true,
      validateResponse: true,
      errors: false,
      upstreamProxy: undefined,
      isProxy: false,
      mock: { dynamic: options.dynamic ?? false, ...(options.seed === undefined ? {} : { seed: options.seed }) },
    },
  });
  const address = await server.listen(port, host);
  return { url: address.replace(/\/$/, ""), close: () => server.close() };
}
