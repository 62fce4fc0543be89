import { defineConfig } from "tsup";

// The spec model (src/model), built beside the bundles in dist/: only dist/model is cleaned.
export default defineConfig({
  entry: { index: "src/model/index.ts", node: "src/model/node.ts" },
  outDir: "dist/model",
  format: ["esm"],
  dts: true,
  clean: true,
  target: "es2022",
  platform: "neutral",
  external: ["node:fs", "node:url"],
});
