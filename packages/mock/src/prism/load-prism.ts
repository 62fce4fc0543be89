import type { createLogger } from "@stoplight/prism-core";
import type { getHttpOperationsFromSpec } from "@stoplight/prism-http";
import type { createServer } from "@stoplight/prism-http-server";
import { deferUnusedPrismModules } from "./defer-unused-modules.js";

/** The parts of Prism this toolkit uses. */
export interface Prism {
  createLogger: typeof createLogger;
  getHttpOperationsFromSpec: typeof getHttpOperationsFromSpec;
  createServer: typeof createServer;
}

// Once per process: every later start (a test file may start dozens of mocks) reuses what the first one loaded.
let loading: Promise<Prism> | undefined;

/**
 * Prism, the one `@identitycall/mock` depends on, loaded when first called, with faker and Prism's Postman reader
 * deferred until something uses them: about a second less CPU for every process that starts a mock or a
 * validating proxy. Importing `@identitycall/mock` or `@identitycall/mock/prism` loads no Prism; this does.
 */
export function loadPrism(): Promise<Prism> {
  return (loading ??= load());
}

async function load(): Promise<Prism> {
  // Imported dynamically: a bundler hoists static imports of external packages above the bundled code, and the
  // stand-ins must be in place before Prism loads.
  deferUnusedPrismModules();
  const [{ createLogger }, { getHttpOperationsFromSpec }, { createServer }] = await Promise.all([
    import("@stoplight/prism-core"),
    import("@stoplight/prism-http"),
    import("@stoplight/prism-http-server"),
  ]);
  return { createLogger, getHttpOperationsFromSpec, createServer };
}
