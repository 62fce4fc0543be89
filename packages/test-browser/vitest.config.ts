import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Unpacking the npm Chromium (about 200 MB written to the temp folder) takes a few seconds alone, and up to a
    // minute on a two-core machine whose disk and cores the other suites keep busy.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // A worker runs its next file without starting afresh: vitest and what the files import load once per worker.
    // No file mocks modules or leaves a global, a server or a process behind.
    isolate: false,
    reporters: ["default", ["json", { outputFile: "reports/vitest.json" }]],
  },
});
