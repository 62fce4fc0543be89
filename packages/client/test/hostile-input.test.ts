// What a hostile or broken server, and unusable options, do to the client: every case ends in a typed error or
// a clean result, and leaves no timer, listener or key behind.
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import {
  allRecordings,
  AuthenticationError,
  createIdentityCallClient,
  IdentityCallConfigError,
  MalformedResponseError,
  recordingPages,
  type RequestEvent,
} from "../src/index.js";
import { browserLikeTimers, KEY, serve, status, timersHoldingProcess, untilAborted } from "./helpers.js";
import { sendJson, type RecordedRequest } from "./local-server.js";
import type { ServerResponse } from "node:http";

const hangs = () => undefined; // a handler that never answers

describe("options refused before any request", () => {
  it.each([
    [{ timeoutMs: 2 ** 31 }, /timeoutMs must be at most 2147483647, got 2147483648/],
    [{ retryDelayMs: 1e12 }, /retryDelayMs must be at most/],
    [{ maxRetryAfterMs: 2 ** 40 }, /maxRetryAfterMs must be at most/],
    [{ baseUrl: "https://api.example.com/v1?x=1" }, /baseUrl must have no user:password \(the key goes in apiKey\), query or fragment/],
    [{ baseUrl: "https://api.example.com/v1#top" }, /query or fragment/],
    [{ baseUrl: "not a url" }, /Refusing baseUrl not a url: use https/],
    [{ apiKey: "idc_abc\u200bdef" }, /non-ASCII, whitespace or control characters: trim it/],
    [{ apiKey: "idc_😀" }, /non-ASCII, whitespace or control characters: trim it/],
  ])("%o", (options, message) => {
    expect(() => createIdentityCallClient({ apiKey: KEY, ...options })).toThrow(IdentityCallConfigError);
    expect(() => createIdentityCallClient({ apiKey: KEY, ...options })).toThrow(message);
  });

  it("refuses credentials in baseUrl without printing the password", () => {
    const attempt = () => createIdentityCallClient({ apiKey: KEY, baseUrl: "https://user:hunter2@api.example.com/v1" });
    expect(attempt).toThrow(/must have no user:password/);
    expect(() => attempt()).not.toThrow(/hunter2/);
  });
});

describe("aborts and retries leave nothing armed", () => {
  it("leaves no timer that holds the process when the caller aborts", async () => {
    const server = await serve(hangs);
    const timersBefore = timersHoldingProcess();
    const client = createIdentityCallClient({ apiKey: KEY, baseUrl: server.url, timeoutMs: 600_000 });
    const controller = new AbortController();
    const pending = client.GET("/virtual_numbers", { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 50));
    controller.abort(new Error("stop"));
    await expect(pending).rejects.toThrow("stop");
    expect(timersHoldingProcess()).toBeLessThanOrEqual(timersBefore); // another file's timer may have ended meanwhile
  });

  it("takes an aborted call off the client's timer: none is left armed where timers cannot be unref'd", async () => {
    // Browser-like timers (numbers, nothing to unref): the client must clear its own once idle.
    const armed = browserLikeTimers();
    let started!: () => void;
    const reached = new Promise<void>((resolve) => (started = resolve));
    const honoursSignal = (_request: Request, init?: RequestInit) => {
      started();
      return untilAborted(init);
    };
    const client = createIdentityCallClient({ apiKey: KEY, baseUrl: "http://127.0.0.1:9", timeoutMs: 600_000, fetch: honoursSignal });
    const controller = new AbortController();
    const pending = client.GET("/virtual_numbers", { signal: controller.signal });
    await reached;
    expect(armed.size).toBe(1);
    controller.abort(new Error("stop"));
    await expect(pending).rejects.toThrow("stop");
    expect(armed.size).toBe(0);
  });

  it("adds no abort listener that outlives a retry wait", async () => {
    const server = await serve(status(503));
    const client = createIdentityCallClient({ apiKey: KEY, baseUrl: server.url, maxRetries: 12, retryDelayMs: 0, maxRetryDelayMs: 0 });
    const controller = new AbortController();
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on("warning", onWarning);
    try {
      const { response } = await client.GET("/virtual_numbers", { signal: controller.signal });
      expect(response.status).toBe(503);
    } finally {
      process.off("warning", onWarning);
    }
    expect(server.requests).toHaveLength(13);
    expect(warnings).not.toContain("MaxListenersExceededWarning");
  });
});

describe("a key echoed back by the server", () => {
  const echo = (_req: RecordedRequest, res: ServerResponse) =>
    sendJson(res, 401, { error: `bad key ${KEY}`, nested: [`"${KEY}"`] }, { "www-authenticate": `Bearer realm="api", key="${KEY}"`, "x-debug-auth": KEY });

  it("is removed from the error's body, headers and inspection, and from observe events", async () => {
    const server = await serve(echo);
    const events: RequestEvent[] = [];
    const client = createIdentityCallClient({ apiKey: KEY, baseUrl: server.url, throwOnError: true, observe: (event) => events.push(event) });
    const error = await client.GET("/virtual_numbers").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthenticationError);
    const shown = `${inspect(error, { depth: 10 })} ${JSON.stringify(error)} ${JSON.stringify([...(error as AuthenticationError).headers!])} ${JSON.stringify(events)}`;
    expect(shown).not.toContain(KEY);
    expect(shown).toContain("[redacted]");
  });

  it("is removed from the error a non-throwing client returns", async () => {
    const server = await serve(echo);
    const client = createIdentityCallClient({ apiKey: KEY, baseUrl: server.url });
    const { error, response } = await client.GET("/virtual_numbers");
    expect(JSON.stringify(error)).not.toContain(KEY);
    expect(response.headers.get("x-debug-auth")).toBe("[redacted]");
  });

  it("never rewrites a successful body, even when the key is a word in it", async () => {
    const key = "data";
    const body = { data: [{ id: 1, name: "data", phone_number: "+15551234567" }] };
    const server = await serve((_req, res) => sendJson(res, 200, body));
    const client = createIdentityCallClient({ apiKey: key, baseUrl: server.url });
    const { data } = await client.GET("/virtual_numbers");
    expect(data).toEqual(body);
  });
});

describe("pagination against servers that bend the rules", () => {
  const page = (current: unknown, total: unknown, items = 2) => ({
    data: Array.from({ length: items }, (_, i) => ({ id: i + 1, status: "completed", created_at: "2026-04-15T10:00:00Z" })),
    meta: { current_page: current, total_pages: total, per_page: items, total_count: 10 },
  });
  const collect = async (iterable: AsyncIterable<unknown>) => {
    const items: unknown[] = [];
    for await (const item of iterable) items.push(item);
    return items;
  };

  it("ends with a MalformedResponseError when the server ignores ?page=", async () => {
    const server = await serve((_req, res) => sendJson(res, 200, page(1, 5)));
    const client = createIdentityCallClient({ apiKey: KEY, baseUrl: server.url });
    const failure = await collect(allRecordings(client)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MalformedResponseError);
    expect(String(failure)).toMatch(/page=2: the server answered page 1: it does not honour \?page=/);
    expect(server.requests).toHaveLength(2);
  });

  it.each([
    ["numbers as strings", page("1", "5")],
    ["no current_page", { data: [], meta: { total_pages: 3 } }],
    ["no meta", { data: [] }],
    ["no data", { meta: { current_page: 1, total_pages: 1 } }],
  ])("ends with a MalformedResponseError for %s", async (_name, body) => {
    const server = await serve((_req, res) => sendJson(res, 200, body));
    const client = createIdentityCallClient({ apiKey: KEY, baseUrl: server.url });
    const failure = await collect(recordingPages(client)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MalformedResponseError);
    expect(server.requests).toHaveLength(1);
  });

  it("stops after maxPages, and refuses a maxPages below 1", async () => {
    const server = await serve((req, res) => sendJson(res, 200, page(Number(new URL(req.url, "http://x").searchParams.get("page")), 1000)));
    const client = createIdentityCallClient({ apiKey: KEY, baseUrl: server.url });
    expect(await collect(recordingPages(client, {}, { maxPages: 3 }))).toHaveLength(3);
    await expect(collect(recordingPages(client, {}, { maxPages: 0 }))).rejects.toThrow(IdentityCallConfigError);
  });
});

describe("path parameters that would leave their segment", () => {
  it.each([[".."], ["."], [""], [undefined], [null]])("refuses id %o before any request", async (id) => {
    const server = await serve(status(204, {}));
    const client = createIdentityCallClient({ apiKey: KEY, baseUrl: server.url });
    await expect(client.DELETE("/recordings/{id}", { params: { path: { id: id as unknown as string } } })).rejects.toThrow(
      /Path parameter id is/,
    );
    expect(server.requests).toEqual([]);
  });

  it("sends an ordinary id, encoded", async () => {
    const server = await serve((_req, res) => res.writeHead(204).end());
    const client = createIdentityCallClient({ apiKey: KEY, baseUrl: server.url });
    await client.DELETE("/recordings/{id}", { params: { path: { id: "a b/..c" } } });
    expect(server.requests.map((r) => r.url)).toEqual(["/recordings/a%20b%2F..c"]);
  });
});

describe("307 and 308 redirects of requests with a body", () => {
  /** Redirects the first request to /moved, then answers 201 with the size of the body it got. */
  const redirectOnce = (code: number) => (req: RecordedRequest, res: ServerResponse) =>
    req.url.startsWith("/moved") ? sendJson(res, 201, { data: { bytes: req.body.length } }) : res.writeHead(code, { location: `/moved${req.url}` }).end();

  it.each([307, 308])("follows a %i for a JSON POST with the same body, retries on or off", async (code) => {
    for (const maxRetries of [0, 2]) {
      const server = await serve(redirectOnce(code));
      const client = createIdentityCallClient({ apiKey: KEY, baseUrl: server.url, maxRetries });
      const { data, response } = await client.POST("/projects", { body: { name: "Support", language: "en" } });
      expect(response.status).toBe(201);
      const sent = server.requests.map((r) => r.body.length);
      expect(sent[0]).toBeGreaterThan(0);
      expect(sent).toEqual([sent[0], sent[0]]);
      expect(data).toEqual({ data: { bytes: sent[0] } });
    }
  });

  it("follows a 307 for a retryable upload, sending the file once per hop", async () => {
    const { uploadRecording } = await import("../src/index.js");
    const server = await serve(redirectOnce(307));
    const client = createIdentityCallClient({ apiKey: KEY, baseUrl: server.url });
    const { response } = await uploadRecording(client, { file: new Blob([new Uint8Array(5000)]), external_id: "crm-1", project_id: 1 });
    expect(response.status).toBe(201);
    expect(server.requests.map((r) => r.url)).toEqual(["/recordings", "/moved/recordings"]);
    expect(server.requests[1]!.body.length).toBe(server.requests[0]!.body.length);
  });
});
