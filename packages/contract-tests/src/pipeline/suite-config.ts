import { existsSync } from "node:fs";
import { join } from "node:path";
import type { InlineConfig, startVitest } from "vitest/node";

type ViteOverrides = NonNullable<Parameters<typeof startVitest>[3]>;

/** How long one request of the suite may take, answer included, unless `--request-timeout` says otherwise. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 20_000;

/**
 * The suite's vitest settings for a given request timeout: each test and hook gets 10 s more than one request,
 * so that a silent API ends a check with the client's own TimeoutError (which names the cause), not vitest's.
 */
export function pipelineSuiteConfig(requestTimeoutMs: number) {
  return { ...PIPELINE_SUITE_CONFIG, testTimeout: requestTimeoutMs + 10_000, hookTimeout: requestTimeoutMs + 10_000 } satisfies InlineConfig;
}

/**
 * How the pipeline suite (`suite/*.contract.ts`) runs, handed to vitest as is: from a config file it would
 * first be bundled and written to disk on every run of the CLI.
 */
const PIPELINE_SUITE_CONFIG = {
  include: ["suite/**/*.contract.ts"],
  // Installed, the suite lives under node_modules, which vitest leaves out by default.
  exclude: [],
  // Requests to a live API: one file at a time, in order, so rate limits and created resources stay predictable.
  fileParallelism: false,
  isolate: false,
  // A worker thread starts faster than a child process, and the suite needs nothing a process would give it.
  pool: "threads",
  // Installed, the suite's TypeScript sources are under node_modules too, which vitest would hand to Node as is.
  server: { deps: { inline: [/@identitycall\/contract-tests/] } },
} satisfies InlineConfig;

/**
 * Vite's side of the suite's settings. The suite's sources import the spec model by its workspace name, which an
 * installed package cannot resolve (the spec package is private): they get the copy built into the package
 * (dist/spec-model.js) instead.
 */
export function pipelineViteConfig(packageRoot: string): ViteOverrides {
  const builtModel = join(packageRoot, "dist", "spec-model.js");
  if (!existsSync(builtModel)) return {};
  return { resolve: { alias: [{ find: /^@identitycall\/openapi\/model$/, replacement: builtModel }] } };
}
