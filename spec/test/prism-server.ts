import { fileURLToPath } from "node:url";
import { createLogger } from "@stoplight/prism-core";
import { getHttpOperationsFromSpec } from "@stoplight/prism-http";
import { createServer } from "@stoplight/prism-http-server";

/** Starts Prism in this process on the bundled spec, the way @identitycall/mock does, on a free port. */
export async function startPrism(): Promise<{ url: string; close(): Promise<void> }> {
  const operations = await getHttpOperationsFromSpec(fileURLToPath(new URL("../dist/openapi.json", import.meta.url)));
  const server = createServer(operations, {
    cors: false,
    components: { logger: createLogger("spec-test", { level: "silent" }) },
    config: {
      checkSecurity: true,
      validateRequest: true,
      validateResponse: true,
      errors: false,
      upstreamProxy: undefined,
      isProxy: false,
      mock: { dynamic: false },
    },
  });
  const address = await server.listen(0, "127.0.0.1");
  return { url: address.replace(/\/$/, ""), close: () => server.close() };
}
