// The page's request console (console/), bundled for the browser into what build.mjs writes into the page: the
// spec it reads (the bundle, as JSON), its styles and its script, all inline, so the page stays one file.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const at = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/** Text that may sit inside a <script> element: no "</script" (or "<!--") can end it early. */
const scriptSafe = (text) => text.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");

/** @param {unknown} specDocument the bundled spec the console reads through the spec model */
export async function consoleMarkup(specDocument) {
  const result = await build({
    entryPoints: [at("console/main.ts")],
    bundle: true,
    minify: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    write: false,
    logLevel: "silent",
    legalComments: "none",
  });
  const script = result.outputFiles[0].text;
  const css = readFileSync(at("console/console.css"), "utf8");
  const spec = JSON.stringify(specDocument).replace(/</g, "\\u003c");
  return (
    `<script type="application/json" id="identitycall-console-spec">${spec}</script>\n` +
    `<style>${css}</style>\n<script>${scriptSafe(script)}</script>\n`
  );
}
