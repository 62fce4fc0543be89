import { defineConfig } from "vitest/config";

// The pipeline suite: run by the identitycall-contract CLI against Prism's validating proxy, never by `vitest run`.
export default defineConfig({
  test: {
    include: ["suite/**/*.contract.ts"],
    exclude: [],
    // Requests to a live API: one file at a time, in order, so rate limits and created resources stay predictable.
    fileParallelism: false,
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 30_000,
    server: { deps: { inline: [/@identitycall\/contract-tests/] } },
  },
});
