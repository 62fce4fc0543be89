import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The pipeline-mode tests start the CLI (a vitest run of its own) once per seeded drift.
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // Each of those runs is CPU-bound; more than two at once only slows every one of them down.
    maxConcurrency: 2,
    globalSetup: ["test/global-setup.ts"],
    reporters: ["default", ["json", { outputFile: "reports/vitest.json" }]],
  },
});
