#!/usr/bin/env node
// What one upload costs in memory and time: `uploadRecording` sends `--mb` megabytes from a file path, a Blob or a
// stream to a local server that only counts the bytes. With `--drop-first` the server cuts the first attempt's
// connection after a megabyte, so the retry (the upload carries external_id) must read the audio again. Prints one
// JSON line: peak RSS growth over the baseline taken just before the upload, seconds, attempts, bytes received.
// With `--collect` (and node --expose-gc) garbage is collected every 20 ms during the upload, so that the figure is
// what the upload holds rather than what the collector has not reclaimed yet (Node 24 lets some 80 MB wait).
// Run alone in its process (the figures are that process's): `node scripts/upload-memory.mjs --kind path --mb 500`.
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { parseArgs } from "node:util";
import { createIdentityCallClient, uploadRecording } from "../dist/index.js";

const { values } = parseArgs({
  options: {
    kind: { type: "string", default: "path" },
    mb: { type: "string", default: "500" },
    "drop-first": { type: "boolean", default: false },
    collect: { type: "boolean", default: false },
  },
});
const bytes = Number(values.mb) * 1024 * 1024;
if (!["path", "blob", "stream"].includes(values.kind) || !(bytes > 0)) {
  console.error("usage: upload-memory.mjs --kind path|blob|stream --mb N [--drop-first] [--collect]");
  process.exit(2);
}

let attempts = 0;
let lastReceived = 0;
const server = createServer((req, res) => {
  const attempt = ++attempts;
  let received = 0;
  req.on("data", (chunk) => {
    received += chunk.length;
    if (values["drop-first"] && attempt === 1 && received > 1024 * 1024) req.socket.destroy();
  });
  req.on("end", () => {
    lastReceived = received;
    res.writeHead(201, { "content-type": "application/json" }).end(JSON.stringify({ data: { public_id: "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b", status: "pending" } }));
  });
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
// A generous per-attempt timeout: this measures memory and the retry after a cut, and on a busy machine a slow
// attempt must not time out into a third one.
const client = createIdentityCallClient({
  apiKey: "idc_0123456789abcdefghijklmnopqrstuv",
  baseUrl: `http://127.0.0.1:${server.address().port}`,
  retryDelayMs: 1,
  timeoutMs: 600_000,
});

const dir = mkdtempSync(join(tmpdir(), "idc-upload-memory-"));
let file;
if (values.kind === "path") {
  file = join(dir, "call.wav");
  writeFileSync(file, "RIFF");
  truncateSync(file, bytes); // a sparse file: made in no time, read like any other
} else if (values.kind === "blob") {
  file = new Blob([new Uint8Array(bytes)], { type: "audio/wav" });
} else {
  const chunk = new Uint8Array(1024 * 1024);
  file = Readable.from((function* () { for (let sent = 0; sent < bytes; sent += chunk.length) yield chunk; })());
}

globalThis.gc?.();
const baseline = process.memoryUsage.rss();
let peak = baseline;
let ticks = 0;
const sampler = setInterval(() => {
  if (values.collect && ++ticks % 2 === 0) globalThis.gc?.();
  peak = Math.max(peak, process.memoryUsage.rss());
}, 10);
const started = performance.now();
const { response } = await uploadRecording(client, { file, project_id: 1, external_id: "memory-check" });
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage.rss());
server.close();
rmSync(dir, { recursive: true, force: true });
console.log(JSON.stringify({ kind: values.kind, mb: Number(values.mb), status: response.status, attempts, receivedBytes: lastReceived, rssGrowthMb: Math.round((peak - baseline) / 1024 / 1024), seconds: Number(seconds.toFixed(2)) }));
