import { defineConfig } from "tsup";

export default defineConfig({
  // The suite is built too: Node's test runner runs them as JavaScript, with the spec package's model
  // (private, a devDependency) bundled in.
  entry: {
    cli: "src/cli.ts",
    index: "src/index.ts",
    "suite/pipeline.contract": "suite/pipeline.contract.ts",
  },
  format: ["esm"],
  dts: { entry: "src/index.ts" },
  clean: true,
  target: "node20",
  platform: "node",
  // `node:test` exists only under its prefix; tsup would strip it by default.
  removeNodeProtocol: false,
});
