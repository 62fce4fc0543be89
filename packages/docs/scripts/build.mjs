#!/usr/bin/env node
// Builds dist/index.html: docs-only spec (samples + logo) → `redocly build-docs --inlineBundle` with our
// template → the CDN logo swapped for ours. One self-contained file that loads nothing from other hosts.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { BUNDLED_SPEC_PATH, loadSpec } from "@identitycall/openapi/model/node";
import { replaceCdnLogos } from "./cdn-logo.mjs";
import { consoleMarkup } from "./console-bundle.mjs";
import { svgDataUri, withCodeSamples, withLogo } from "./docs-spec.mjs";

const at = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const docsSpecPath = at("tmp/openapi.docs.json");
const outputPath = at("dist/index.html");

let model;
try {
  model = loadSpec();
} catch (error) {
  console.error(`docs build: cannot read the bundled spec at ${BUNDLED_SPEC_PATH} (${error.message}). Run \`pnpm build\` at the repository root.`);
  process.exit(1);
}
let spec;
try {
  spec = withLogo(withCodeSamples(model, at("samples")), svgDataUri(at("assets/logo.svg")));
} catch (error) {
  console.error(`docs build: ${error.message}`);
  process.exit(1);
}
mkdirSync(at("tmp"), { recursive: true });
writeFileSync(docsSpecPath, JSON.stringify(spec));

const redocly = at("node_modules/.bin/redocly");
execFileSync(
  redocly,
  [
    "build-docs",
    docsSpecPath,
    "--config", at("redocly.yaml"),
    "--template", at("template.hbs"),
    `--templateOptions.favicon=${svgDataUri(at("assets/favicon.svg"))}`,
    "--inlineBundle",
    "--output", outputPath,
  ],
  { stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, REDOCLY_TELEMETRY: "off" } },
);

try {
  const page = replaceCdnLogos(readFileSync(outputPath, "utf8"), svgDataUri(at("assets/redoc-credit.svg")));
  // The page's own closing tag is its last: Redoc's script holds "</body>" in strings too.
  const end = page.lastIndexOf("</body>");
  if (end < 0) throw new Error("the page Redocly wrote has no </body> to put the request console before");
  const withConsole = `${page.slice(0, end)}${await consoleMarkup(model.document)}${page.slice(end)}`;
  writeFileSync(outputPath, withConsole);
} catch (error) {
  console.error(`docs build: ${error.message}`);
  process.exit(1);
}
console.log(`docs build: ${outputPath} (${Math.round(readFileSync(outputPath).length / 1024)} KiB)`);
