#!/usr/bin/env node
import { parseArgs } from "node:util";
import { startMockServer } from "./server.js";

const usage = `Usage: identitycall-mock [--port N] [--host ADDR] [--dynamic] [--seed TEXT]

Serves a mock of the IdentityCall API until stopped (Ctrl-C).
  --port N      port to listen on (default 4010; 0 picks a free port)
  --host ADDR   interface to bind (default 127.0.0.1)
  --dynamic     generate bodies from the schemas instead of the documented examples
  --seed TEXT   seed for --dynamic, for repeatable data`;

function parseCommandLine() {
  try {
    return parseArgs({
      options: {
        port: { type: "string", default: "4010" },
        host: { type: "string", default: "127.0.0.1" },
        dynamic: { type: "boolean", default: false },
        seed: { type: "string" },
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

const server = await startMockServer({ port, host: args.host, dynamic: args.dynamic, seed: args.seed }).catch(
  (error: Error) => {
    console.error(`identitycall-mock: could not start: ${error.message}`);
    process.exit(1);
  },
);
console.log(`IdentityCall mock API listening on ${server.url}`);

const stop = () => void server.close().then(() => process.exit(0));
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
