import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The mock server starts Prism in beforeAll: on a busy two-core machine that can take far past the 5 s default.
    hookTimeout: 60_000,
    testTimeout: 30_000,
    reporters: ["default", ["json", { outputFile: "reports/vitest.json" }]],
  },
});
