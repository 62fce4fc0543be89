// Pure client cost with no network: `fetch` is a stub that answers every request with the same ready-made
// 200 JSON response, so what is left is the client's own work (building the request, policies, parsing).
import { CLIENTS } from "./clients.mjs";
import { BODY } from "./fixtures.mjs";
import { isMain, median, shuffle } from "./stats.mjs";

const BASE_URL = "https://api.identitycall.ai/api/v1/public";
const WARMUP_OPS = 5_000;
const BATCHES = 10;
const OPS_PER_BATCH = 5_000;
const COMPARED = ["openapi-fetch", "@identitycall/client"];

/** A `fetch` that never touches the network: a fresh Response (bodies are read once) per call. */
async function stubFetch() {
  return new Response(BODY, { status: 200, headers: { "content-type": "application/json" } });
}

/** Returns `{ rows: [{ name, opsPerSecond, ratio }] }` with `ratio` relative to raw openapi-fetch. */
export async function measureClientOverhead() {
  const runners = COMPARED.map((name) => ({ name, send: CLIENTS[name](BASE_URL, stubFetch), rates: [] }));
  for (const runner of runners) for (let i = 0; i < WARMUP_OPS; i++) await runner.send();
  for (let batch = 0; batch < BATCHES; batch++) {
    for (const runner of shuffle([...runners], batch + 7)) {
      const start = process.hrtime.bigint();
      for (let i = 0; i < OPS_PER_BATCH; i++) await runner.send();
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      runner.rates.push(OPS_PER_BATCH / seconds);
    }
  }
  const baseline = median(runners.find((r) => r.name === "openapi-fetch").rates);
  return { rows: runners.map(({ name, rates }) => ({ name, opsPerSecond: median(rates), ratio: median(rates) / baseline })), ops: BATCHES * OPS_PER_BATCH };
}

if (isMain(import.meta.url)) {
  const { rows } = await measureClientOverhead();
  console.log("Client overhead with a stubbed fetch (median ops/s over batches, vs raw openapi-fetch):");
  for (const row of rows) console.log(`  ${row.name.padEnd(22)} ${Math.round(row.opsPerSecond).toString().padStart(8)} ops/s  ${(row.ratio * 100).toFixed(1)} %`);
}
