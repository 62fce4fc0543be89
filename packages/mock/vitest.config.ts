import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The CLI tests start Node processes that load Prism: on a busy two-core machine that alone can take tens
    // of seconds, far past the 5 s default.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A worker runs its next file without starting afresh: Prism, MSW and the spec model are loaded once per worker
    // instead of once per file (about half of this suite's time). Every file starts its own servers and sessions
    // and closes them, and none mocks modules or changes globals it does not restore.
    isolate: false,
    reporters: ["default", ["json", { outputFile: "reports/vitest.json" }]],
  },
});
