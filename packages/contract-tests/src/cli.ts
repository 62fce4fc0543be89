#!/usr/bin/env node
import { resolve } from "node:path";
import { parseArgs } from "node:util";

const usage = `Usage: identitycall-contract --base-url URL [--api-key KEY] [--allow-writes] [--junit FILE]

Checks a running IdentityCall API against the OpenAPI spec: Prism's validating proxy sits between the
contract suite and URL, and every response that breaks the spec fails the run with Prism's list of violations.
  --base-url URL   the API to check, e.g. https://api.identitycall.ai/api/v1/public
  --api-key KEY    API key (default: the IDENTITYCALL_API_KEY environment variable)
  --allow-writes   also create, change and delete resources (each run deletes only what it created);
                   without it only GET requests are sent
  --junit FILE     write a JUnit XML report to FILE
Exit status: 0 when every response matched the spec, 1 when one did not, 2 for bad arguments.`;

function fail(message: string): never {
  console.error(`identitycall-contract: ${message}\n\n${usage}`);
  process.exit(2);
}

function parseCommandLine() {
  try {
    return parseArgs({
      options: {
        "base-url": { type: "string" },
        "api-key": { type: "string" },
        "allow-writes": { type: "boolean", default: false },
        junit: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    }).values;
  } catch (error) {
    return fail((error as Error).message);
  }
}

const args = parseCommandLine();
if (args.help) {
  console.log(usage);
  process.exit(0);
}
const baseUrl = args["base-url"];
if (!baseUrl) fail("--base-url is required: the API to check, e.g. https://api.identitycall.ai/api/v1/public");
if (!/^https?:\/\/[^/]/.test(baseUrl)) fail(`--base-url must be an absolute http(s) URL, got "${baseUrl}"`);
const apiKey = args["api-key"] ?? process.env["IDENTITYCALL_API_KEY"];
if (!apiKey) {
  fail("no API key: pass --api-key or set IDENTITYCALL_API_KEY (keys start with idc_; make one in the dashboard under Settings → API Keys)");
}

// Loaded only now: vitest and Prism take a second or two to import, and bad arguments should not wait for them.
const { runPipeline } = await import("./pipeline/run-suite.js");
const result = await runPipeline({
  baseUrl,
  apiKey,
  allowWrites: args["allow-writes"],
  ...(args.junit ? { junitFile: resolve(args.junit) } : {}),
}).catch((error: Error) => {
  console.error(`identitycall-contract: the run could not start: ${error.message}`);
  process.exit(1);
});
console.log(
  result.passed
    ? "identitycall-contract: every response matched the spec"
    : `identitycall-contract: ${result.failed} check(s) found responses that break the spec`,
);
process.exit(result.passed ? 0 : 1);
