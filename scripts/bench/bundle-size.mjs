// What each HTTP client adds to a browser app: an entry that imports it, bundled, minified and compressed
// with esbuild the way an app's bundler would (tree-shaking on, ESM, browser platform).
import { fileURLToPath } from "node:url";
import { measureBundle } from "@identitycall/bundle-size";
import { isMain } from "./stats.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));

// Each entry keeps the client's factory alive, as using it would; nothing else of the app is bundled.
export const ENTRIES = {
  "@identitycall/client": 'import { createIdentityCallClient } from "@identitycall/client"; globalThis.client = createIdentityCallClient;',
  "openapi-fetch": 'import createClient from "openapi-fetch"; globalThis.client = createClient;',
  axios: 'import axios from "axios"; globalThis.client = axios;',
};

const measure = (contents) => measureBundle(contents, { resolveDir: root });

/** `{ rows: [{ name, minified, gzip, brotli }] }`, sizes in bytes. */
export async function measureBundleSizes() {
  const rows = [];
  for (const [name, contents] of Object.entries(ENTRIES)) rows.push({ name, ...(await measure(contents)) });
  return { rows };
}

if (isMain(import.meta.url)) {
  const { rows } = await measureBundleSizes();
  console.log("Bundle size (esbuild, ESM, browser, minified):");
  for (const row of rows) console.log(`  ${row.name.padEnd(22)} ${String(row.minified).padStart(7)} B min  ${String(row.gzip).padStart(6)} B gzip  ${String(row.brotli).padStart(6)} B brotli`);
}
