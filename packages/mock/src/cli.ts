#!/usr/bin/env node
import { parseArgs } from "node:util";
import { startMockServer } from "./server.js";

const usage = `Usage: identitycall-mock [--port N] [--host ADDR] [--dynamic] [--seed TEXT] [--recordings N] [--retry-after S]

Serves a mock of the IdentityCall API until stopped (Ctrl-C).
  --port N         port to listen on (default 4010; 0 picks a free port)
  --host ADDR      interface to bind (default 127.0.0.1)
  --dynamic        generate bodies from the schemas instead of the documented examples
  --seed TEXT      seed for --dynamic, for repeatable data
  --recordings N   how many recordings the session starts with (default 45: three pages of 20)
  --retry-after S  the Retry-After of a 429 asked for with Prefer: code=429 (default 1 second)
POST /__mock/reset puts the session back as it started (between tests).`;

function parseCommandLine() {
  try {
    return parseArgs({
      options: {
        port: { type: "string", default: "4010" },
        host: { type: "string", default: "127.0.0.1" },
        dynamic: { type: "boolean", default: false },
        seed: { type: "string" },
        recordings: { type: "string" },
        "retry-after": { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    }).values;
  } catch (error) {
    console.error(`identitycall-mock: ${(error as Error).message}\n\n${usage}`);
    process.exit(2);
  }
}

const args = parseCommandLine();
if (args.help) {
  console.log(usage);
  process.exit(0);
}
const port = Number(args.port);
if (!/^\d+$/.test(args.port) || port > 65535) {
  console.error(`identitycall-mock: --port must be a whole number from 0 to 65535, got "${args.port}"`);
  process.exit(2);
}

/** A whole-number option, or exit 2 naming it. */
function wholeNumber(name: string, text: string | undefined, max: number): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text) || Number(text) > max) {
    console.error(`identitycall-mock: --${name} must be a whole number from 0 to ${max}, got "${text}"`);
    process.exit(2);
  }
  return Number(text);
}
const recordings = wholeNumber("recordings", args.recordings, 100_000);
const retryAfterSeconds = wholeNumber("retry-after", args["retry-after"], 86_400);

const server = await startMockServer({
  port,
  host: args.host,
  dynamic: args.dynamic,
  seed: args.seed,
  ...(recordings !== undefined ? { recordings } : {}),
  ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
}).catch(
  (error: Error) => {
    console.error(`identitycall-mock: could not start: ${error.message}`);
    process.exit(1);
  },
);
console.log(`IdentityCall mock API listening on ${server.url}`);

const stop = () => void server.close().then(() => process.exit(0));
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
