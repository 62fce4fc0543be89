#!/usr/bin/env node
// A bounded soak of the servers we ship, on loopback only: the mock (`identitycall-mock`) and the docs server of
// `pnpm start`, each in a process of its own, take rounds of misbehaving clients (aborted downloads, request
// targets that are not URLs, aborted uploads, uploads past the size limit) between rounds of ordinary requests.
// Prints each server's open file descriptors and resident memory at the start, after every round, and at the
// end. Linux only (it reads /proc). Run after `pnpm build`: `node scripts/bench/soak.mjs [rounds]`.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { connect } from "node:net";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const ROUNDS = Number(process.argv[2] ?? 5);
const KEY = "idc_0123456789abcdefghijklmnopqrstuv";
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// The servers run with a full garbage collection every second, so that what RSS shows is memory still held, not
// garbage V8 has not yet collected.
const COLLECT_OFTEN = ["--expose-gc", "--import", "data:text/javascript,setInterval(() => globalThis.gc(), 1000).unref();"];

/** Starts a server process and resolves once it printed a URL. */
function startProcess(args, pattern) {
  const child = spawn(process.execPath, [...COLLECT_OFTEN, ...args], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk) => {
      output += chunk;
      const url = pattern.exec(output)?.[1];
      if (url) resolve({ child, url: url.replace(/\/$/, "") });
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
}

function usage(pid) {
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
  return { fds: readdirSync(`/proc/${pid}/fd`).length, rssMb: rssKb / 1024 };
}

/** Writes raw bytes, optionally hangs up after the first answer bytes, resolves when the socket closes. */
function raw(url, text, hangUpEarly = false) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname, () => socket.write(text));
    socket.on("data", () => hangUpEarly && socket.destroy());
    socket.setTimeout(5_000, () => socket.destroy());
    socket.on("close", resolve);
    socket.on("error", () => undefined);
  });
}

/**
 * An upload whose file part (up to 64 MB, never finished) streams until the client gives up on it, 50 ms in. The
 * stream is bounded: fetch may go on pulling a body after an abort.
 */
async function abortedUpload(url) {
  const controller = new AbortController();
  const chunk = new Uint8Array(64 * 1024);
  let chunks = 0;
  const body = new ReadableStream({
    pull(c) {
      if (chunks === 0) c.enqueue(new TextEncoder().encode('--b\r\nContent-Disposition: form-data; name="file"; filename="a.wav"\r\nContent-Type: audio/wav\r\n\r\n'));
      if (++chunks > 1024 || controller.signal.aborted) c.close();
      else c.enqueue(chunk);
    },
  });
  setTimeout(() => controller.abort(), 50);
  await fetch(`${url}/recordings`, {
    method: "POST",
    headers: { authorization: `Bearer ${KEY}`, "content-type": "multipart/form-data; boundary=b" },
    body,
    duplex: "half",
    signal: controller.signal,
  }).catch(() => undefined);
}

const ok = async (url) => (await fetch(url, { headers: { authorization: `Bearer ${KEY}` } }).then((r) => (r.body?.cancel(), r.status)).catch(() => 0));

async function soak(name, server, misbehave, healthy) {
  await ok(healthy);
  await pause(300);
  const start = usage(server.child.pid);
  console.log(`${name}: start ${start.fds} fds, ${start.rssMb.toFixed(1)} MB RSS`);
  for (let round = 1; round <= ROUNDS; round++) {
    await misbehave();
    const statuses = await Promise.all(Array.from({ length: 20 }, () => ok(healthy)));
    await pause(500);
    const now = usage(server.child.pid);
    console.log(`${name}: round ${round}: ${now.fds} fds, ${now.rssMb.toFixed(1)} MB RSS, healthy requests ${statuses.filter((s) => s === 200).length}/20 answered 200`);
  }
  // Idle keep-alive connections of the healthy requests close after the servers' 5 s keep-alive timeout.
  await pause(6_000);
  const end = usage(server.child.pid);
  console.log(`${name}: end ${end.fds} fds (${end.fds - start.fds >= 0 ? "+" : ""}${end.fds - start.fds}), ${end.rssMb.toFixed(1)} MB RSS (${(end.rssMb - start.rssMb).toFixed(1)} MB)`);
  server.child.kill("SIGTERM");
}

const mock = await startProcess(["packages/mock/dist/cli.js", "--port", "0"], /listening on (http:\/\/\S+)/);
await soak(
  "identitycall-mock",
  mock,
  async () => {
    const targets = ["GET http://[ HTTP/1.1", "GET http://a:99999/recordings HTTP/1.1", "OPTIONS * HTTP/1.1", "\x00\x01garbage"];
    for (let i = 0; i < 50; i++) await raw(mock.url, `${targets[i % targets.length]}\r\nHost: x\r\nConnection: close\r\n\r\n`);
    await Promise.all(Array.from({ length: 50 }, () => raw(mock.url, `GET /virtual_numbers HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${KEY}\r\n\r\n`, true)));
    await Promise.all(Array.from({ length: 20 }, () => abortedUpload(mock.url)));
  },
  `${mock.url}/virtual_numbers`,
);

const docs = await startProcess(
  ["--input-type=module", "-e", `import { DOCS_PAGE, startDocsServer } from "@identitycall/docs/server"; const s = await startDocsServer({ page: DOCS_PAGE, port: 0 }); console.log("docs on " + s.url);`],
  /docs on (http:\/\/\S+)/,
);
await soak(
  "docs server",
  docs,
  async () => {
    await Promise.all(Array.from({ length: 100 }, () => raw(docs.url, "GET / HTTP/1.1\r\nHost: x\r\n\r\n", true)));
    for (let i = 0; i < 20; i++) await raw(docs.url, "GET http://[ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  },
  `${docs.url}/`,
);
