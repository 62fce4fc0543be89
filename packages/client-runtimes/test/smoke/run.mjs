// Runs the smoke test on the runtime executing this file (Node, Bun or Deno) and prints one JSON line.
// Usage: <runtime> run.mjs <base URL of the mock>
import * as client from "@identitycall/client";
import { smoke } from "./smoke.mjs";

const baseUrl = globalThis.Deno ? globalThis.Deno.args[0] : globalThis.process.argv[2];
const runtime = globalThis.Deno ? `deno ${Deno.version.deno}` : globalThis.Bun ? `bun ${Bun.version}` : `node ${process.version}`;
try {
  console.log(JSON.stringify({ runtime, ...(await smoke(client, baseUrl)) }));
} catch (error) {
  console.log(JSON.stringify({ runtime, failed: String(error?.stack ?? error) }));
}
