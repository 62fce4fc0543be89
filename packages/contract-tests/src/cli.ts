#!/usr/bin/env node
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { checkCliArguments } from "./cli-arguments.js";
import { tallyLines } from "./pipeline/run-report.js";

const usage = `Usage: identitycall-contract --base-url URL [--api-key KEY] [--allow-writes] [--junit FILE] [--request-timeout S]
       identitycall-contract --version

Checks a running IdentityCall API against the OpenAPI spec: every answer is validated against the spec, and
one that breaks it fails the run, each violation named by its JSON path and marked either as the API breaking
the documented contract or as an answer the spec did not foresee. In GitHub Actions the run also leaves
annotations and a job summary.
  --base-url URL   the API to check, e.g. https://api.identitycall.ai/api/v1/public
  --api-key KEY    API key (default: the IDENTITYCALL_API_KEY environment variable)
  --allow-writes   also create, change and delete resources (each run deletes only what it created);
                   without it only GET requests are sent
  --junit FILE     write a JUnit XML report to FILE
  --request-timeout S  give each request S seconds, answer included (default 20); a silent API
                   ends the run after one such wait, saying so
  --version        print the version (it matches the version of the spec it checks against)
The key goes only to URL, over https (plain http only to localhost, 127.x.x.x or [::1]).
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
        version: { type: "boolean", default: false },
        "request-timeout": { type: "string" },
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
if (args.version) {
  const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
  console.log(manifest.version);
  process.exit(0);
}
const checked = checkCliArguments(args, process.env);
if ("problem" in checked) fail(checked.problem);
const { baseUrl, apiKey, allowWrites, junitFile, requestTimeoutMs } = checked.settings;

// Loaded only now: bad arguments fail before the suite's modules (the client, Ajv) load.
const { runPipeline } = await import("./pipeline/run-suite.js");
const result = await runPipeline({
  baseUrl,
  apiKey,
  allowWrites,
  ...(junitFile ? { junitFile } : {}),
  ...(requestTimeoutMs ? { requestTimeoutMs } : {}),
}).catch((error: Error) => {
  console.error(`identitycall-contract: the run could not start: ${error.message}`);
  process.exit(1);
});
if (result.unreachable) {
  console.error(`identitycall-contract: ${result.unreachable}; nothing was checked. Check --base-url and the network.`);
} else if (result.passed) {
  console.log("identitycall-contract: every response matched the spec");
} else {
  const verdicts = [
    result.failed > 0 ? `${result.failed} check(s) found responses that break the spec` : "",
    result.unanswered > 0 ? `${result.unanswered} check(s) got no answer from the API in time` : "",
  ].filter(Boolean);
  console.log(`identitycall-contract: ${verdicts.join("; ") || "the run did not complete (see the errors above)"}`);
  for (const line of tallyLines(result.exchanges)) console.log(`identitycall-contract: ${line}`);
}
if (junitFile) console.log(`identitycall-contract: JUnit report in ${junitFile}`);
process.exit(result.passed ? 0 : 1);
