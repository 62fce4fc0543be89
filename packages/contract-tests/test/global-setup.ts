import { createRequire } from "node:module";
import type { TestProject } from "vitest/node";
import { deferUnusedPrismModules } from "../src/prism/defer-unused-modules.js";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** One mock server for the whole suite, on a free port; stopped when the suite ends. */
export default async function setup(project: TestProject) {
  // Faker is not needed for the bundled spec's dynamic answers either: it loads only if the mock ever asks for it.
  // The mock's own Prism is the one deferred, and only before it loads, hence the dynamic import.
  deferUnusedPrismModules(createRequire(import.meta.url).resolve("@identitycall/mock"));
  const { startMockServer } = await import("@identitycall/mock");
  const mock = await startMockServer({ port: 0 });
  project.provide("baseUrl", mock.url);
  return () => mock.close();
}
