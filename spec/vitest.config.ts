import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // A worker runs its next file without starting afresh: vitest and what the files import load once per worker.
    // No file mocks modules or leaves a global, a server or a process behind.
    isolate: false,
    reporters: ["default", ["json", { outputFile: "reports/vitest.json" }]],
  },
});
