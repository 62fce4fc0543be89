import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Packing, installing from the registry and compiling happen once, before the tests.
    globalSetup: ["test/global-setup.ts"],
    hookTimeout: 300_000,
    testTimeout: 120_000,
    reporters: ["default", ["json", { outputFile: "reports/vitest.json" }]],
  },
});
