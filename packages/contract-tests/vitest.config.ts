import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The pipeline-mode tests start the CLI (a node:test run of its own) once per round of seeded drifts.
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // Each of those runs is CPU-bound; more than two at once only slows every one of them down.
    maxConcurrency: 2,
    // The test files mostly wait on other processes (the mock in vitest's main process, the CLI runs), so two
    // run side by side even on two cores, where vitest's default (cores - 1) would run them one after another.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // No test file leaves state behind that another could trip over, so a worker runs several files instead of
    // a fresh process (with vitest loaded anew) starting for each one.
    isolate: false,
    globalSetup: ["test/global-setup.ts"],
    reporters: ["default", ["json", { outputFile: "reports/vitest.json" }]],
  },
});
