// The docs server of `pnpm start`, under clients that misbehave: aborted downloads of a large page, the page
// vanishing during a rebuild, nonsense ports. It never dies, and holds no descriptor for a client that left.
import { mkdtempSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDocsServer } from "../src/server.mjs";

const dir = mkdtempSync(join(tmpdir(), "docs-server-"));
const page = join(dir, "index.html");
const PAGE_BYTES = 3 * 1024 * 1024; // about the size of the real page, well past a socket's buffers
writeFileSync(page, `<!doctype html><title>docs</title>${"x".repeat(PAGE_BYTES)}`);

let server: Awaited<ReturnType<typeof startDocsServer>>;
beforeAll(async () => {
  server = await startDocsServer({ page, port: 0, mockUrl: "http://127.0.0.1:4010" });
});
afterAll(() => server.close());

const openDescriptors = () => readdirSync("/proc/self/fd").length;

/** Starts a download, reads its first bytes, then hangs up. */
function abortedDownload(): Promise<void> {
  return new Promise((resolve, reject) => {
    const { port } = new URL(server.url);
    const socket = connect(Number(port), "127.0.0.1", () => socket.write("GET / HTTP/1.1\r\nHost: x\r\n\r\n"));
    socket.once("data", () => socket.destroy());
    socket.once("close", () => resolve());
    socket.once("error", reject);
  });
}

describe("the docs server of pnpm start (@identitycall/docs/server)", () => {
  it("serves the page at / and nothing else", async () => {
    const response = await fetch(server.url);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect((await response.text()).length).toBeGreaterThan(PAGE_BYTES);
    expect((await fetch(`${server.url}other`)).status).toBe(404);
    expect((await fetch(server.url, { method: "HEAD" })).status).toBe(200);
    expect((await fetch(server.url, { method: "POST", body: "x" })).status).toBe(405);
  });

  it("tells the page's request console where the mock beside it is, at /console.json", async () => {
    const answer = await fetch(`${server.url}console.json`);
    expect(answer.headers.get("content-type")).toBe("application/json");
    expect(await answer.json()).toEqual({ mockUrl: "http://127.0.0.1:4010" });
    const alone = await startDocsServer({ page, port: 0 });
    expect(await (await fetch(`${alone.url}console.json`)).json()).toEqual({});
    await alone.close();
  });

  it("holds no file descriptor after 200 aborted downloads", async () => {
    await fetch(server.url).then((r) => r.text());
    const before = openDescriptors();
    for (let round = 0; round < 10; round++) await Promise.all(Array.from({ length: 20 }, abortedDownload));
    // Closing settles a little after the last hang-up (later on a busy machine): wait for it, a few seconds at most.
    const deadline = Date.now() + 5_000;
    while (openDescriptors() - before > 4 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(openDescriptors() - before).toBeLessThanOrEqual(4);
    expect((await fetch(server.url)).status).toBe(200);
  });

  it("answers 503 while the page is missing (a rebuild), and serves it again once it is back", async () => {
    renameSync(page, `${page}.away`);
    const missing = await fetch(server.url);
    expect(missing.status).toBe(503);
    expect(await missing.text()).toMatch(/docs page is missing.*pnpm build/);
    renameSync(`${page}.away`, page);
    expect((await fetch(server.url)).status).toBe(200);
  });
});
