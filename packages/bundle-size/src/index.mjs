// One way to measure what code costs a browser app, shared by the client's size budget and `pnpm bench`: the
// entry is bundled by esbuild as an app's bundler would (ESM, browser platform, tree-shaking, minified), then
// compressed with gzip (level 9) and brotli.
import { brotliCompressSync, gzipSync } from "node:zlib";
import { build } from "esbuild";

/** @param {string} contents the entry's source @param {{ resolveDir: string }} options where its imports resolve */
export async function measureBundle(contents, { resolveDir }) {
  const result = await build({
    stdin: { contents, resolveDir, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0].contents;
  return {
    minified: code.byteLength,
    gzip: gzipSync(code, { level: 9 }).byteLength,
    brotli: brotliCompressSync(code).byteLength,
  };
}
