// Per-request cost over loopback: the same GET through bare fetch, openapi-fetch, @identitycall/client and
// axios, each client in a process of its own with its own local HTTP server (see isolated-runs.mjs). Each
// figure is the median over rounds of one process's median request time.
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import { CLIENTS } from "./clients.mjs";
import { BODY } from "./fixtures.mjs";
import { medianRatio, ROUNDS, runIsolated, workerName } from "./isolated-runs.mjs";
import { isMain, median, percentOver, percentile } from "./stats.mjs";

const WARMUP_REQUESTS = 1000;
const TIMED_REQUESTS = 2000;

function startServer() {
  const server = createServer((request, response) => {
    if (request.headers.authorization === undefined) {
      response.writeHead(401, { "content-type": "application/json" }).end('{"error":"Invalid API key"}');
      return;
    }
    response.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(BODY) }).end(BODY);
  });
  server.keepAliveTimeout = 60_000;
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** One worker: warms one client up, then times each of its requests on its own. */
async function timeOneClient(name) {
  const server = await startServer();
  try {
    const send = CLIENTS[name](`http://127.0.0.1:${server.address().port}`);
    for (let i = 0; i < WARMUP_REQUESTS; i++) await send();
    const times = [];
    for (let i = 0; i < TIMED_REQUESTS; i++) {
      const start = process.hrtime.bigint();
      await send();
      times.push(Number(process.hrtime.bigint() - start) / 1000);
    }
    return { medianUs: median(times), p90Us: percentile(times, 0.9) };
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

/**
 * Returns `{ rows: [{ name, medianUs, p90Us, ratio, ratioToOpenapiFetch }], requests, rounds }`; `ratio` is
 * relative to bare fetch, `ratioToOpenapiFetch` to raw openapi-fetch, each the median of the rounds' ratios.
 */
export function measureRequestOverhead() {
  const names = Object.keys(CLIENTS);
  const results = runIsolated(fileURLToPath(import.meta.url), names, ROUNDS);
  const rows = names.map((name) => ({
    name,
    medianUs: median(results[name].map((r) => r.medianUs)),
    p90Us: median(results[name].map((r) => r.p90Us)),
    ratio: medianRatio(results, name, "bare fetch", (r) => r.medianUs),
    ratioToOpenapiFetch: medianRatio(results, name, "openapi-fetch", (r) => r.medianUs),
  }));
  return { rows, requests: TIMED_REQUESTS, rounds: ROUNDS, bodyBytes: Buffer.byteLength(BODY) };
}

const worker = workerName();
if (worker) {
  console.log(JSON.stringify(await timeOneClient(worker)));
} else if (isMain(import.meta.url)) {
  const { rows, requests, rounds } = measureRequestOverhead();
  console.log(`Per-request time over loopback, ${rounds} rounds of ${requests} timed requests per client (median, p90, vs bare fetch, vs openapi-fetch):`);
  for (const row of rows) {
    console.log(
      `  ${row.name.padEnd(22)} ${row.medianUs.toFixed(1).padStart(7)} µs  p90 ${row.p90Us.toFixed(1).padStart(7)} µs  ${percentOver(row.ratio).padStart(8)}  ${percentOver(row.ratioToOpenapiFetch).padStart(8)}`,
    );
  }
}
