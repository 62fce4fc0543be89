// Pure client cost with no network: `fetch` is a stub that answers every request with the same ready-made
// 200 JSON response, so what is left is the client's own work (building the request, policies, parsing). Each
// client runs in a process of its own (see isolated-runs.mjs).
import { fileURLToPath } from "node:url";
import { CLIENTS } from "./clients.mjs";
import { BODY } from "./fixtures.mjs";
import { medianRatio, ROUNDS, runIsolated, workerName } from "./isolated-runs.mjs";
import { isMain, median } from "./stats.mjs";

const STUB_BASE_URL = "https://api.identitycall.ai/api/v1/public";
const WARMUP_OPS = 5_000;
const BATCHES = 5;
const OPS_PER_BATCH = 5_000;
const COMPARED = ["openapi-fetch", "@identitycall/client"];

/** A `fetch` that never touches the network: a fresh Response (bodies are read once) per call. */
async function stubFetch() {
  return new Response(BODY, { status: 200, headers: { "content-type": "application/json" } });
}

/** One worker: the median ops/s of one client over batches of calls. */
async function rateOfOneClient(name) {
  const send = CLIENTS[name](STUB_BASE_URL, stubFetch);
  for (let i = 0; i < WARMUP_OPS; i++) await send();
  const rates = [];
  for (let batch = 0; batch < BATCHES; batch++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < OPS_PER_BATCH; i++) await send();
    rates.push(OPS_PER_BATCH / (Number(process.hrtime.bigint() - start) / 1e9));
  }
  return { opsPerSecond: median(rates) };
}

/** Returns `{ rows: [{ name, opsPerSecond, ratio }], ops, rounds }`, `ratio` relative to raw openapi-fetch (median of the rounds' ratios). */
export function measureClientOverhead() {
  const results = runIsolated(fileURLToPath(import.meta.url), COMPARED, ROUNDS);
  const rows = COMPARED.map((name) => ({
    name,
    opsPerSecond: median(results[name].map((r) => r.opsPerSecond)),
    ratio: medianRatio(results, name, "openapi-fetch", (r) => r.opsPerSecond),
  }));
  return { rows, ops: BATCHES * OPS_PER_BATCH, rounds: ROUNDS };
}

const worker = workerName();
if (worker) {
  console.log(JSON.stringify(await rateOfOneClient(worker)));
} else if (isMain(import.meta.url)) {
  const { rows } = measureClientOverhead();
  console.log("Client overhead with a stubbed fetch (median ops/s over rounds, vs raw openapi-fetch):");
  for (const row of rows) console.log(`  ${row.name.padEnd(22)} ${Math.round(row.opsPerSecond).toString().padStart(8)} ops/s  ${(row.ratio * 100).toFixed(1)} %`);
}
