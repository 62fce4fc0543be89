import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "es2022",
  platform: "neutral",
  // openapi-fetch stays a dependency: users who already have it share one copy.
  external: ["openapi-fetch"],
});
