import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Starting Chromium and the mock takes a few seconds on two cores.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // At least two files at once, even on two cores (vitest's default there is one): the browser test waits on
    // Chromium most of the time, and the other files on tsc, curl and Node, so their waits overlap.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // A worker runs its next file without starting afresh: vitest, playwright-core, typescript and the spec are
    // loaded once per worker instead of once per file. No file here changes globals, mocks modules or expects a
    // module's state to be new.
    isolate: false,
    globalSetup: ["test/mock-server.global-setup.ts"],
    reporters: ["default", ["json", { outputFile: "reports/vitest.json" }]],
  },
});
