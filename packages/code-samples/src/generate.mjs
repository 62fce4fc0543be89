// Every sample file the spec gives, and how a folder of committed samples differs from them.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderCurl } from "./curl.mjs";
import { SAMPLE_KINDS, sampleFileName } from "./kinds.mjs";
import { planRequest } from "./request-plan.mjs";
import { sampleOperations } from "./sample-operations.mjs";
import { renderTypeScript } from "./typescript.mjs";
/** @typedef {import("@identitycall/openapi/model").SpecModel} SpecModel */

/**
 * The URL samples call: the spec's first `servers` entry (production), without a trailing slash.
 * @param {SpecModel} spec
 */
export function productionBaseUrl(spec) {
  const url = spec.document.servers?.[0]?.url?.replace(/\/$/, "");
  if (!url) throw new Error("the spec has no servers[0].url; samples need a base URL to call.");
  return url;
}

/**
 * Every sample of every operation: file name (`<operationId>.sh`, `.ts`) → text, in document order.
 * @param {SpecModel} spec
 * @param {{ baseUrl?: string }} [options]
 * @returns {Map<string, string>}
 */
export function renderSampleFiles(spec, { baseUrl = productionBaseUrl(spec) } = {}) {
  const files = new Map();
  for (const operation of sampleOperations(spec)) {
    let plan;
    try {
      plan = planRequest(spec, operation);
    } catch (error) {
      throw new Error(`${operation.method} ${operation.path}: ${error instanceof Error ? error.message : error}`);
    }
    /** @type {Record<string, string>} */
    const rendered = { sh: renderCurl(plan, { baseUrl }), ts: renderTypeScript(plan) };
    for (const kind of SAMPLE_KINDS) files.set(sampleFileName(operation, kind), rendered[kind.extension]);
  }
  return files;
}

/**
 * How the sample files in `dir` differ from `wanted`: files to write (missing or outdated) and files no
 * operation has any more (stale).
 * @param {Map<string, string>} wanted
 * @param {string} dir
 */
export function compareSampleFiles(wanted, dir) {
  const present = existsSync(dir) ? readdirSync(dir).filter((name) => /\.(sh|ts)$/.test(name)) : [];
  const stale = present.filter((name) => !wanted.has(name));
  const changed = [...wanted]
    .filter(([name, text]) => !present.includes(name) || readFileSync(join(dir, name), "utf8") !== text)
    .map(([name, text]) => ({ name, text, missing: !present.includes(name) }));
  return { stale, changed };
}

/**
 * Makes `dir` hold exactly the samples of `spec`; with `check`, writes nothing and only says what differs.
 * @param {SpecModel} spec
 * @param {{ dir: string, check?: boolean, baseUrl?: string }} options
 */
export function generateSamples(spec, { dir, check = false, baseUrl }) {
  const wanted = renderSampleFiles(spec, baseUrl === undefined ? {} : { baseUrl });
  const { stale, changed } = compareSampleFiles(wanted, dir);
  if (!check) {
    mkdirSync(dir, { recursive: true });
    for (const name of stale) rmSync(join(dir, name));
    for (const { name, text } of changed) writeFileSync(join(dir, name), text);
  }
  return { files: wanted.size, operations: wanted.size / SAMPLE_KINDS.length, stale, changed };
}
