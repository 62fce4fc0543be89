#!/usr/bin/env node
// Writes a cURL and a TypeScript sample for every operation of the bundled spec into packages/docs/samples/.
// `--check` writes nothing and exits 1 when the committed samples differ from what the spec gives now.
// `--spec FILE` and `--out DIR` point it elsewhere (the docs tests use them on fixtures).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { renderCurl } from "./code-samples/curl.mjs";
import { SAMPLE_KINDS } from "./code-samples/kinds.mjs";
import { forEachOperation } from "./code-samples/operations.mjs";
import { planRequest } from "./code-samples/request-plan.mjs";
import { renderTypeScript } from "./code-samples/typescript.mjs";

const usage = "Usage: node scripts/generate-code-samples.mjs [--check] [--spec FILE] [--out DIR]";
let args;
try {
  args = parseArgs({
    options: {
      check: { type: "boolean", default: false },
      spec: { type: "string", default: fileURLToPath(new URL("../spec/dist/openapi.json", import.meta.url)) },
      out: { type: "string", default: fileURLToPath(new URL("../packages/docs/samples", import.meta.url)) },
    },
  }).values;
} catch (error) {
  console.error(`generate-code-samples: ${error.message}\n${usage}`);
  process.exit(2);
}
const { check, spec: bundlePath, out: samplesDir } = args;

if (!existsSync(bundlePath)) {
  console.error(`generate-code-samples: ${bundlePath} is missing; run \`pnpm build\` first to bundle the spec.`);
  process.exit(1);
}
let spec;
try {
  spec = JSON.parse(readFileSync(bundlePath, "utf8"));
} catch (error) {
  console.error(`generate-code-samples: ${bundlePath} is not a readable JSON document: ${error.message}`);
  process.exit(1);
}
// Samples call the production server: the first `servers` entry of the spec.
const baseUrl = spec.servers?.[0]?.url?.replace(/\/$/, "");
if (!baseUrl) {
  console.error("generate-code-samples: the spec has no servers[0].url; samples need a base URL to call.");
  process.exit(1);
}

const wanted = new Map();
forEachOperation(spec, (entry) => {
  let plan;
  try {
    plan = planRequest(spec, entry);
  } catch (error) {
    console.error(`generate-code-samples: ${entry.method.toUpperCase()} ${entry.path}: ${error.message}`);
    process.exit(1);
  }
  const rendered = { sh: renderCurl(plan, { baseUrl }), ts: renderTypeScript(plan) };
  for (const kind of SAMPLE_KINDS) wanted.set(`${entry.operationId}.${kind.extension}`, rendered[kind.extension]);
});

const present = existsSync(samplesDir) ? readdirSync(samplesDir).filter((name) => /\.(sh|ts)$/.test(name)) : [];
const stale = present.filter((name) => !wanted.has(name));
const changed = [...wanted].filter(([name, text]) => !present.includes(name) || readFileSync(join(samplesDir, name), "utf8") !== text);

if (check) {
  if (stale.length === 0 && changed.length === 0) {
    console.log(`Code samples are current: ${wanted.size} files for ${wanted.size / SAMPLE_KINDS.length} operations.`);
    process.exit(0);
  }
  console.error(`Code samples in ${samplesDir} do not match ${bundlePath}:`);
  for (const [name] of changed) console.error(`  ${present.includes(name) ? "outdated" : "missing"}: ${name}`);
  for (const name of stale) console.error(`  no longer in the spec: ${name}`);
  console.error("Run `pnpm generate` (or `node scripts/generate-code-samples.mjs`) and commit packages/docs/samples.");
  process.exit(1);
}

mkdirSync(samplesDir, { recursive: true });
for (const name of stale) rmSync(join(samplesDir, name));
for (const [name, text] of changed) writeFileSync(join(samplesDir, name), text);
console.log(`Wrote ${changed.length} and removed ${stale.length} of ${wanted.size} sample files in ${samplesDir}.`);
