#!/usr/bin/env node
// identitycall-code-samples: writes a cURL and a TypeScript sample for every operation of the bundled spec into
// the folder `--out` names (the docs package passes its samples/). `--check` writes nothing and exits 1 when the
// samples there differ from what the spec gives now. `--spec FILE` reads another bundle (tests use fixtures).
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { createSpecModel } from "@identitycall/openapi/model";
import { BUNDLED_SPEC_PATH, readSpecDocument } from "@identitycall/openapi/model/node";
import { generateSamples } from "./generate.mjs";

const NAME = "identitycall-code-samples";
const usage = `Usage: ${NAME} --out DIR [--check] [--spec FILE]`;

/** @param {string} message */
function fail(message, code = 1) {
  console.error(`${NAME}: ${message}`);
  process.exit(code);
}

let args;
try {
  args = parseArgs({
    options: {
      check: { type: "boolean", default: false },
      spec: { type: "string", default: BUNDLED_SPEC_PATH },
      out: { type: "string" },
    },
  }).values;
} catch (error) {
  fail(`${error instanceof Error ? error.message : error}\n${usage}`, 2);
}
const { check, spec: specPath, out: dir } = args;
if (!dir) fail(`--out is required: the folder the samples are kept in.\n${usage}`, 2);

if (!existsSync(specPath)) fail(`${specPath} is missing; run \`pnpm build\` first to bundle the spec.`);
let document;
try {
  document = readSpecDocument(specPath);
} catch (error) {
  fail(`${specPath} is not a readable JSON document: ${error instanceof Error ? error.message : error}`);
}

let result;
try {
  result = generateSamples(createSpecModel(document), { dir, check });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

const { files, operations, stale, changed } = result;
if (check) {
  if (stale.length === 0 && changed.length === 0) {
    console.log(`Code samples are current: ${files} files for ${operations} operations.`);
    process.exit(0);
  }
  console.error(`Code samples in ${dir} do not match ${specPath}:`);
  for (const { name, missing } of changed) console.error(`  ${missing ? "missing" : "outdated"}: ${name}`);
  for (const name of stale) console.error(`  no longer in the spec: ${name}`);
  console.error("Run `pnpm generate` (or `pnpm --filter @identitycall/docs generate`) and commit the samples.");
  process.exit(1);
}
console.log(`Wrote ${changed.length} and removed ${stale.length} of ${files} sample files in ${dir}.`);
