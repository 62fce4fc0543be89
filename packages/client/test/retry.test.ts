import { describe, expect, it } from "vitest";
import { IdentityCallError, ServerError, type RequestEvent } from "../src/index.js";
import { drop, inTurn, serve, status, untypedClient } from "./helpers.js";

const ok = status(200, { data: [] });

describe("which requests are retried", () => {
  it.each([408, 429, 500, 502, 503, 504])("retries a GET answered %i, then returns the success", async (code) => {
    const server = await serve(inTurn(status(code), ok));
    const { data } = await untypedClient({ baseUrl: server.url }).GET("/virtual_numbers");
    expect(data).toEqual({ data: [] });
    expect(server.requests).toHaveLength(2);
  });

  it.each([400, 401, 403, 404, 409, 422, 501])("does not retry a GET answered %i", async (code) => {
    const server = await serve(inTurn(status(code), ok));
    const { error } = await untypedClient({ baseUrl: server.url }).GET("/virtual_numbers");
    expect(error).toEqual({ error: `status ${code}` });
    expect(server.requests).toHaveLength(1);
  });

  it("retries a GET after the connection drops", async () => {
    const server = await serve(inTurn(drop(), ok));
    const { data } = await untypedClient({ baseUrl: server.url }).GET("/virtual_numbers");
    expect(data).toEqual({ data: [] });
    expect(server.requests).toHaveLength(2);
  });

  it("stops after maxRetries (default 2) and returns the last answer", async () => {
    const server = await serve(inTurn(status(503, { error: "first" }), status(503, { error: "second" }), status(503, { error: "third" })));
    const { error, response } = await untypedClient({ baseUrl: server.url }).GET("/virtual_numbers");
    expect(server.requests).toHaveLength(3);
    expect(response.status).toBe(503);
    expect(error).toEqual({ error: "third" });
  });

  it("honours maxRetries set on the client and on one request", async () => {
    const server = await serve(status(500));
    const client = untypedClient({ baseUrl: server.url, maxRetries: 4 });
    await client.GET("/a");
    expect(server.requests).toHaveLength(5);
    await client.GET("/b", { maxRetries: 0 });
    expect(server.requests).toHaveLength(6);
  });

  it("throws the typed error once retries are spent, in the throwing style", async () => {
    const server = await serve(status(502, { error: "Bad gateway" }));
    const client = untypedClient({ baseUrl: server.url, throwOnError: true, maxRetries: 1 });
    const error = await client.GET("/virtual_numbers").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect(server.requests).toHaveLength(2);
  });

  it.each(["PUT", "DELETE", "HEAD"] as const)("retries %s, which is safe to repeat", async (method) => {
    const server = await serve(inTurn(status(503), ok));
    await untypedClient({ baseUrl: server.url })[method]("/things/1");
    expect(server.requests.map((r) => r.method)).toEqual([method, method]);
  });

  it.each(["POST", "PATCH"] as const)("never repeats %s, neither on 503 nor on a dropped connection", async (method) => {
    const server = await serve(inTurn(status(503), ok));
    const { response } = await untypedClient({ baseUrl: server.url })[method]("/things", { body: { a: 1 } });
    expect(response.status).toBe(503);
    const dropping = await serve(drop());
    await expect(untypedClient({ baseUrl: dropping.url })[method]("/things", { body: { a: 1 } })).rejects.toMatchObject({
      name: "ConnectionError",
    });
    expect(server.requests).toHaveLength(1);
    expect(dropping.requests).toHaveLength(1);
  });

  it("re-sends a JSON body byte for byte on each attempt", async () => {
    const server = await serve(inTurn(status(500), status(503), ok));
    const body = { name: "Front desk", active: true, note: "ünïcödé ✓".repeat(1000) };
    await untypedClient({ baseUrl: server.url }).PUT("/things/1", { body });
    expect(server.requests).toHaveLength(3);
    for (const request of server.requests) {
      expect(request.body.toString("utf8")).toBe(JSON.stringify(body));
      expect(request.headers["content-type"]).toBe("application/json");
    }
  });
});

describe("the recording upload", () => {
  /** A multipart upload like the one uploadRecording sends. */
  function form(fields: Record<string, string>): FormData {
    const data = new FormData();
    data.append("file", new Blob([new Uint8Array([1, 2, 3, 250, 251, 252])], { type: "audio/mpeg" }), "call.mp3");
    for (const [name, value] of Object.entries(fields)) data.append(name, value);
    return data;
  }

  it("is retried when the caller marks it idempotent (uploadRecording does, for external_id), with the same bytes each time", async () => {
    const server = await serve(inTurn(status(503), drop(), status(201, { data: { status: "pending" } })));
    const { data } = await untypedClient({ baseUrl: server.url }).POST("/recordings", {
      body: form({ project_id: "7", external_id: "crm-call-42" }),
      idempotent: true,
    });
    expect(data).toEqual({ data: { status: "pending" } });
    expect(server.requests).toHaveLength(3);
    const [first, ...rest] = server.requests;
    for (const request of rest) expect(request.body.equals(first!.body)).toBe(true);
    expect(first!.body.toString("latin1")).toContain('name="external_id"');
  });

  it("is not retried when not marked idempotent, even with external_id in the form: the body is never parsed", async () => {
    const server = await serve(inTurn(status(503), ok));
    const { response } = await untypedClient({ baseUrl: server.url }).POST("/recordings", { body: form({ project_id: "7", external_id: "x" }) });
    expect(response.status).toBe(503);
    expect(server.requests).toHaveLength(1);
  });

  it("is not retried without external_id", async () => {
    const server = await serve(inTurn(status(503), ok));
    const { response } = await untypedClient({ baseUrl: server.url }).POST("/recordings", { body: form({ project_id: "7" }) });
    expect(response.status).toBe(503);
    expect(server.requests).toHaveLength(1);
  });

  it("is not retried when external_id is only part of a file name or another path", async () => {
    const server = await serve(inTurn(status(503), ok));
    const data = new FormData();
    data.append("file", new Blob(['name="external_id"']), "external_id.mp3");
    await untypedClient({ baseUrl: server.url }).POST("/recordings", { body: data });
    await untypedClient({ baseUrl: server.url }).POST("/operators", { body: form({ external_id: "x" }) });
    expect(server.requests).toHaveLength(2);
  });
});

describe("delays", () => {
  it("backs off exponentially from retryDelayMs, with at most 25 % jitter", async () => {
    const server = await serve(status(503));
    const events: RequestEvent[] = [];
    const client = untypedClient({ baseUrl: server.url, maxRetries: 3, retryDelayMs: 20, observe: (e) => events.push(e) });
    await client.GET("/virtual_numbers");
    const delays = events.flatMap((e) => (e.type === "retry" ? [e.delayMs] : []));
    expect(delays).toHaveLength(3);
    [20, 40, 80].forEach((full, i) => {
      expect(delays[i]).toBeGreaterThanOrEqual(full * 0.75);
      expect(delays[i]).toBeLessThanOrEqual(full);
    });
  });

  it("caps the backoff at maxRetryDelayMs", async () => {
    const server = await serve(status(503));
    const events: RequestEvent[] = [];
    const client = untypedClient({ baseUrl: server.url, maxRetries: 3, retryDelayMs: 10, maxRetryDelayMs: 12, observe: (e) => events.push(e) });
    await client.GET("/virtual_numbers");
    for (const e of events) if (e.type === "retry") expect(e.delayMs).toBeLessThanOrEqual(12);
  });

  it("waits as long as Retry-After says in seconds", async () => {
    const server = await serve(inTurn(status(429, { error: "slow down" }, { "retry-after": "1" }), ok));
    const started = Date.now();
    const { data } = await untypedClient({ baseUrl: server.url, retryDelayMs: 1 }).GET("/virtual_numbers");
    expect(data).toEqual({ data: [] });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it("honours Retry-After as an HTTP date (one in the past means: now)", async () => {
    const server = await serve(inTurn(status(503, {}, { "retry-after": new Date(Date.now() - 60_000).toUTCString() }), ok));
    const events: RequestEvent[] = [];
    await untypedClient({ baseUrl: server.url, retryDelayMs: 5_000, observe: (e) => events.push(e) }).GET("/virtual_numbers");
    expect(events.find((e) => e.type === "retry")).toMatchObject({ delayMs: 0 });
    expect(server.requests).toHaveLength(2);
  });

  it("gives up at once when Retry-After asks for longer than maxRetryAfterMs, and says how long", async () => {
    const server = await serve(status(429, { error: "Too many requests" }, { "retry-after": "120" }));
    const client = untypedClient({ baseUrl: server.url, throwOnError: true, maxRetryAfterMs: 60_000 });
    const error = await client.GET("/virtual_numbers").catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "RateLimitError", retryAfterMs: 120_000 });
    expect(server.requests).toHaveLength(1);
  });

  it("stops waiting and rejects with the caller's reason when aborted during a backoff", async () => {
    const controller = new AbortController();
    // Aborted once the first answer has gone out, so the abort lands in the backoff however busy the machine is.
    const server = await serve((req, res) => {
      status(503)(req, res);
      setTimeout(() => controller.abort(), 50);
    });
    const client = untypedClient({ baseUrl: server.url, retryDelayMs: 10_000 });
    const started = Date.now();
    const error = await client.GET("/virtual_numbers", { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "AbortError" });
    expect(error).not.toBeInstanceOf(IdentityCallError);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(server.requests).toHaveLength(1);
  });
});
