import type { InlineConfig } from "vitest/node";

/**
 * How the pipeline suite (`suite/*.contract.ts`) runs, handed to vitest as is: from a config file it would
 * first be bundled and written to disk on every run of the CLI.
 */
export const PIPELINE_SUITE_CONFIG = {
  include: ["suite/**/*.contract.ts"],
  // Installed, the suite lives under node_modules, which vitest leaves out by default.
  exclude: [],
  // Requests to a live API: one file at a time, in order, so rate limits and created resources stay predictable.
  fileParallelism: false,
  isolate: false,
  // A worker thread starts faster than a child process, and the suite needs nothing a process would give it.
  pool: "threads",
  testTimeout: 30_000,
  hookTimeout: 30_000,
  // Installed, the suite's TypeScript sources are under node_modules too, which vitest would hand to Node as is.
  server: { deps: { inline: [/@identitycall\/contract-tests/] } },
} satisfies InlineConfig;
