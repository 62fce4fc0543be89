import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/cli.ts"],
  format: ["esm"],
  dts: { entry: "src/index.ts" },
  // Keep the bundled spec while rebuilding: anything reading it meanwhile (a running test) keeps working.
  clean: ["**/*", "!openapi.json"],
  target: "node20",
  platform: "node",
});
