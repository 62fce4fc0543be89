// The mock meets clients that misbehave: request targets that are not URLs, clients that hang up mid-request,
// uploads past the API's limits. It answers each (or cuts that one connection), keeps serving, and holds no
// socket or file descriptor for a client that has gone.
import { readdirSync } from "node:fs";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../dist/index.js";

const auth = { Authorization: "Bearer idc_0123456789abcdefghijklmnopqrstuv" };
const MIB = 1024 * 1024;

let mock: MockServer;
let port: number;
beforeAll(async () => {
  mock = await startMockServer({ maxUploadBytes: 4 * MIB });
  port = Number(new URL(mock.url).port);
});
afterAll(() => mock.close());

/**
 * Sends raw bytes on a fresh socket and resolves with whatever came back before the server closed it. The
 * socket is not half-closed: Node's server takes a client's FIN as an abort of the pending request.
 */
function rawExchange(text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => socket.write(text));
    let answer = "";
    socket.setEncoding("latin1");
    socket.on("data", (chunk: string) => (answer += chunk));
    socket.on("close", () => resolve(answer));
    socket.on("error", reject);
  });
}

const stillServes = async () => (await fetch(`${mock.url}/virtual_numbers`, { headers: auth })).status;
const openDescriptors = () => readdirSync("/proc/self/fd").length;
/**
 * Descriptors opened since `before`, once closing has settled: sockets of aborted requests close a little after
 * the abort (later on a busy machine), so this waits, up to a few seconds, for the count to come back down.
 */
async function descriptorsLeftSince(before: number): Promise<number> {
  const deadline = Date.now() + 5_000;
  while (openDescriptors() - before > 4 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  return openDescriptors() - before;
}

/** An upload whose file part streams `fileBytes` zero bytes, never held in memory as a whole. */
function streamedUpload(fileBytes: number, externalId: string): { body: ReadableStream<Uint8Array>; contentType: string } {
  const boundary = "identitycall-test-boundary";
  const head = [
    `--${boundary}\r\nContent-Disposition: form-data; name="project_id"\r\n\r\n42\r\n`,
    `--${boundary}\r\nContent-Disposition: form-data; name="external_id"\r\n\r\n${externalId}\r\n`,
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="call.wav"\r\nContent-Type: audio/wav\r\n\r\n`,
  ].join("");
  const tail = `\r\n--${boundary}--\r\n`;
  const chunk = new Uint8Array(256 * 1024);
  let sent = 0;
  let stage: "head" | "file" | "tail" | "end" = "head";
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (stage === "head") (controller.enqueue(new TextEncoder().encode(head)), (stage = "file"));
      else if (stage === "file") {
        const size = Math.min(chunk.length, fileBytes - sent);
        sent += size;
        controller.enqueue(chunk.subarray(0, size));
        if (sent >= fileBytes) stage = "tail";
      } else if (stage === "tail") (controller.enqueue(new TextEncoder().encode(tail)), (stage = "end"));
      else controller.close();
    },
  });
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

describe("request targets that are not URLs", () => {
  it.each([
    ["an unclosed IPv6 host", "GET http://[ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"],
    ["a port past 65535", "GET http://a:99999/recordings HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"],
    ["an asterisk", "OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"],
    ["another scheme", "GET ftp://a/recordings HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"],
  ])("answers %s with 400 and keeps serving", async (_name, request) => {
    const answer = await rawExchange(request);
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toContain("is not a path");
    expect(await stillServes()).toBe(200);
  });

  it("routes an absolute-form target by its path", async () => {
    const answer = await rawExchange(`GET http://elsewhere.invalid/virtual_numbers HTTP/1.1\r\nHost: x\r\nAuthorization: ${auth.Authorization}\r\nConnection: close\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
  });

  it("answers a request line that is not HTTP with 400 (Node's parser) and keeps serving", async () => {
    expect(await rawExchange("\x00\x01garbage\r\n\r\n")).toMatch(/^HTTP\/1\.1 400 /);
    expect(await stillServes()).toBe(200);
  });
});

describe("clients that hang up", () => {
  it("holds no socket or descriptor for 100 aborted requests to Prism's operations", async () => {
    await stillServes();
    const before = openDescriptors();
    await Promise.all(
      Array.from({ length: 100 }, async () => {
        const controller = new AbortController();
        const pending = fetch(`${mock.url}/projects`, {
          method: "POST",
          headers: { ...auth, "content-type": "application/json" },
          body: new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('{"name":')) }), // never ends
          signal: controller.signal,
          duplex: "half",
        } as RequestInit).catch(() => undefined);
        await new Promise((resolve) => setTimeout(resolve, 20));
        controller.abort();
        await pending;
      }),
    );
    expect(await descriptorsLeftSince(before)).toBeLessThanOrEqual(4);
    expect(await stillServes()).toBe(200);
  });

  it("holds nothing for uploads aborted midway", async () => {
    const before = openDescriptors();
    await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const controller = new AbortController();
        const { body, contentType } = streamedUpload(3 * MIB, `aborted-${i}`);
        const pending = fetch(`${mock.url}/recordings`, {
          method: "POST", headers: { ...auth, "content-type": contentType }, body, signal: controller.signal, duplex: "half",
        } as RequestInit).catch(() => undefined);
        setTimeout(() => controller.abort(), 5);
        await pending;
      }),
    );
    expect(await descriptorsLeftSince(before)).toBeLessThanOrEqual(4);
    expect(await stillServes()).toBe(200);
  });
});

describe("upload sizes (this mock started with a 4 MiB file limit)", () => {
  it("reads an upload as a stream: a file just under the limit is accepted", async () => {
    const { body, contentType } = streamedUpload(4 * MIB - 1, "just-under");
    const response = await fetch(`${mock.url}/recordings`, { method: "POST", headers: { ...auth, "content-type": contentType }, body, duplex: "half" } as RequestInit);
    expect(response.status).toBe(201);
  });

  it("refuses a file over the limit, in a body within it, with 422 File too large", async () => {
    const { body, contentType } = streamedUpload(4 * MIB + 10, "just-over");
    const response = await fetch(`${mock.url}/recordings`, { method: "POST", headers: { ...auth, "content-type": contentType }, body, duplex: "half" } as RequestInit);
    expect(response.status).toBe(422);
    expect(JSON.stringify(await response.json())).toMatch(/File too large: file has 4194314 bytes, more than the 4194304 bytes accepted/);
  });

  it("answers 413 at once to a Content-Length past the body limit, without reading it", async () => {
    const answer = await rawExchange(
      `POST /recordings HTTP/1.1\r\nHost: x\r\nAuthorization: ${auth.Authorization}\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: ${6 * MIB}\r\n\r\n--b\r\n`,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toContain("Request body too large");
  });

  it("answers 413 to a streamed body that grows past the limit, and stops reading it", async () => {
    const { body, contentType } = streamedUpload(8 * MIB, "streamed-over");
    const response = await fetch(`${mock.url}/recordings`, { method: "POST", headers: { ...auth, "content-type": contentType }, body, duplex: "half" } as RequestInit).catch(
      (error: Error) => error,
    );
    // The server may close while the client is still sending: either the 413 arrives or the send is cut.
    if (response instanceof Response) expect(response.status).toBe(413);
    else expect(String(response.cause ?? response.message)).toMatch(/other side closed|ECONNRESET|EPIPE|socket/i);
    expect(await stillServes()).toBe(200);
  });
});
