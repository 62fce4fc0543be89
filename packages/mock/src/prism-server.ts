import { loadPrism } from "./prism/load-prism.js";

export interface PrismOptions {
  specPath: string;
  dynamic: boolean;
  seed: string | undefined;
}

/** Prism's mock, in this process, on a free loopback port that only the front server talks to. */
export async function startPrism(options: PrismOptions): Promise<{ url: string; close(): Promise<void> }> {
  const { createLogger, getHttpOperationsFromSpec, createServer } = await loadPrism();
  const operations = await getHttpOperationsFromSpec(options.specPath);
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
      mock: { dynamic: options.dynamic, ...(options.seed === undefined ? {} : { seed: options.seed }) },
    },
  });
  const url = await server.listen(0, "127.0.0.1");
  return { url: url.replace(/\/$/, ""), close: () => server.close() };
}
