import { defineConfig } from "tsup";

// The spec model (src/model), built beside the bundles in dist/: only dist/model is cleaned. One output file per
// module (no bundling), so that a consumer's bundler keeps only what it imports: the mock, which validates
// nothing itself, does not take Ajv along.
export default defineConfig({
  entry: ["src/model/*.ts"],
  outDir: "dist/model",
  format: ["esm"],
  bundle: false,
  dts: true,
  clean: true,
  target: "es2022",
  platform: "neutral",
});
