import { defineConfig } from "tsup";

export default defineConfig({
  // msw and fixtures run in users' tests, in Node or in a browser bundle: they carry the spec they answer from.
  // prism: Prism loaded as the mock loads it, for the contract suite's validating proxy.
  entry: { index: "src/index.ts", cli: "src/cli.ts", msw: "src/msw/index.ts", fixtures: "src/fixtures/index.ts", prism: "src/prism/load-prism.ts" },
  format: ["esm"],
  dts: { entry: { index: "src/index.ts", msw: "src/msw/index.ts", fixtures: "src/fixtures/index.ts", prism: "src/prism/load-prism.ts" } },
  // Keep the bundled spec while rebuilding: anything reading it meanwhile (a running test) keeps working.
  clean: ["**/*", "!openapi.json"],
  target: "node20",
  platform: "node",
});
