import { defineConfig } from "tsup";

export default defineConfig({
  // spec-model: the spec package's model built into this package, for the suite's sources once installed.
  entry: { cli: "src/cli.ts", index: "src/index.ts", "spec-model": "src/spec/spec-model.ts" },
  format: ["esm"],
  dts: { entry: "src/index.ts" },
  clean: true,
  target: "node20",
  platform: "node",
});
