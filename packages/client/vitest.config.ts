import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Type tests (*.test-d.ts) run with the behaviour tests and count in the same report.
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
    // A worker runs its next file without starting afresh (vitest and the client loaded once per worker). Every file
    // starts and closes its own servers and restores what it stubs (environment, globals, spies).
    isolate: false,
    reporters: ["default", ["json", { outputFile: "reports/vitest.json" }]],
  },
});
