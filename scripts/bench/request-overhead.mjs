// Per-request cost over loopback: the same GET through bare fetch, openapi-fetch, @identitycall/client and
// axios, against one local HTTP server, in the same run. Clients take turns in shuffled rounds so drift
// (CPU frequency, GC, other load) spreads over all of them; each figure is the median of all timed requests.
import { createServer } from "node:http";
import { CLIENTS } from "./clients.mjs";
import { BODY } from "./fixtures.mjs";
import { isMain, median, percentOver, percentile, shuffle } from "./stats.mjs";

const WARMUP_REQUESTS = 300;
const ROUNDS = 30;
const REQUESTS_PER_ROUND = 100;

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

/** Returns `{ rows: [{ name, medianUs, p90Us, ratio }], requests }` with `ratio` relative to bare fetch. */
export async function measureRequestOverhead() {
  const server = await startServer();
  const baseUrl = `http://127.0.0.1:${server.address().port}`;
  try {
    const senders = Object.entries(CLIENTS).map(([name, make]) => ({ name, send: make(baseUrl), times: [] }));
    for (const sender of senders) for (let i = 0; i < WARMUP_REQUESTS; i++) await sender.send();
    for (let round = 0; round < ROUNDS; round++) {
      for (const sender of shuffle([...senders], round + 1)) {
        for (let i = 0; i < REQUESTS_PER_ROUND; i++) {
          const start = process.hrtime.bigint();
          await sender.send();
          sender.times.push(Number(process.hrtime.bigint() - start) / 1000);
        }
      }
    }
    const baseline = median(senders.find((s) => s.name === "bare fetch").times);
    const rows = senders.map(({ name, times }) => {
      const medianUs = median(times);
      return { name, medianUs, p90Us: percentile(times, 0.9), ratio: medianUs / baseline };
    });
    return { rows, requests: ROUNDS * REQUESTS_PER_ROUND, rounds: ROUNDS, bodyBytes: Buffer.byteLength(BODY) };
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

if (isMain(import.meta.url)) {
  const { rows, requests } = await measureRequestOverhead();
  console.log(`Per-request time over loopback, ${requests} timed requests per client (median, p90, vs bare fetch):`);
  for (const row of rows) {
    console.log(`  ${row.name.padEnd(22)} ${row.medianUs.toFixed(1).padStart(7)} µs  p90 ${row.p90Us.toFixed(1).padStart(7)} µs  ${percentOver(row.ratio)}`);
  }
}
