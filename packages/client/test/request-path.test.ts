// How a call reaches the network and comes back: the runtime's fetch gets the URL and init openapi-fetch made
// (no Request built first only to be copied; every test against a local server goes that way), a replaced fetch
// gets a Request, each body is parsed once, a middleware still gets real Requests
// and Responses, and a caller's signal still ends the call.
import { afterEach, describe, expect, it, vi } from "vitest";
import { createIdentityCallClient } from "../src/index.js";
import { ConnectionError } from "../src/index.js";
import { inTurn, KEY, serve, status, timersHoldingProcess, untypedClient, watchDeadlines } from "./helpers.js";
import { sendJson } from "./local-server.js";

const ANSWER = { data: [{ id: 1, phone_number: "+4915112345678" }] };

afterEach(() => vi.restoreAllMocks());

describe("the request path", () => {
  it("parses a body without Content-Length once, where openapi-fetch alone would parse it twice", async () => {
    // A chunked answer, as a gateway compressing on the fly sends it: no Content-Length.
    const server = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "transfer-encoding": "chunked" });
      res.write(JSON.stringify(ANSWER).slice(0, 10));
      res.end(JSON.stringify(ANSWER).slice(10));
    });
    const client = createIdentityCallClient({ apiKey: KEY, baseUrl: server.url });
    const parse = vi.spyOn(JSON, "parse");
    // Nor is a Request built for the runtime's fetch, which builds its own (not through the global).
    const built = vi.spyOn(globalThis, "Request");
    const { data, response } = await client.GET("/virtual_numbers");
    expect(built).not.toHaveBeenCalled();
    expect(response.headers.get("content-length")).toBeNull();
    expect(data).toEqual(ANSWER);
    expect(parse.mock.calls.filter(([text]) => text === JSON.stringify(ANSWER))).toHaveLength(1);
  });

  it("hands a fetch that replaced the runtime's (a test stub, an interceptor) a real Request with the call in it", async () => {
    const server = await serve((_req, res) => sendJson(res, 200, ANSWER));
    const client = createIdentityCallClient({ apiKey: KEY, baseUrl: server.url });
    const replaced = vi.spyOn(globalThis, "fetch");
    await client.PATCH("/recordings/{id}", { params: { path: { id: 5 } }, body: { name: "Renamed" } });
    const [sent, init] = replaced.mock.calls[0]!;
    expect(sent).toBeInstanceOf(Request);
    expect((sent as Request).method).toBe("PATCH");
    expect((sent as Request).headers.get("authorization")).toBe(`Bearer ${KEY}`);
    expect(init?.signal).toBeInstanceOf(AbortSignal);
    expect(server.requests[0]?.url).toBe("/recordings/5");
    expect(JSON.parse(server.requests[0]!.body.toString())).toEqual({ name: "Renamed" });
  });

  it("ends a call when the caller aborts, with the caller's reason, and sends nothing after", async () => {
    const server = await serve(() => {}); // never answers
    const client = createIdentityCallClient({ apiKey: KEY, baseUrl: server.url, timeoutMs: 30_000 });
    const controller = new AbortController();
    const call = client.GET("/virtual_numbers", { signal: controller.signal });
    await vi.waitFor(() => expect(server.requests).toHaveLength(1));
    controller.abort(new Error("the user left"));
    await expect(call).rejects.toThrow("the user left");
    expect(server.requests).toHaveLength(1);
  });

  it("gives a middleware real Requests and Responses, and what it changes goes out and comes back", async () => {
    const server = await serve((req, res) => sendJson(res, 200, { ...ANSWER, traced: req.headers["x-trace-id"] }));
    const client = createIdentityCallClient({ apiKey: KEY, baseUrl: server.url });
    const seen: unknown[] = [];
    client.use({
      onRequest({ request }) {
        seen.push(request);
        request.headers.set("X-Trace-Id", "trace-7");
        return request;
      },
      onResponse({ response }) {
        seen.push(response);
        return undefined;
      },
    });
    const { data } = await client.GET("/virtual_numbers");
    expect(data).toEqual({ ...ANSWER, traced: "trace-7" });
    expect(seen[0]).toBeInstanceOf(Request);
    expect(seen[1]).toBeInstanceOf(Response);
  });

  it("gives a middleware passed to one call (typed away, possible from JavaScript) a real Request, and returns the body", async () => {
    const server = await serve((req, res) => sendJson(res, 200, { ...ANSWER, traced: req.headers["x-trace-id"] }));
    const seen: unknown[] = [];
    const onRequest = ({ request }: { request: Request }) => {
      seen.push(request);
      request.headers.set("X-Trace-Id", "trace-8");
      return request;
    };
    const { data } = await untypedClient({ baseUrl: server.url }).GET("/virtual_numbers", { middleware: [{ onRequest }] });
    expect(seen[0]).toBeInstanceOf(Request);
    expect(data).toEqual({ ...ANSWER, traced: "trace-8" });
  });

  it("returns the body to a call given its own Request class (typed away, possible from JavaScript)", async () => {
    const server = await serve((_req, res) => sendJson(res, 200, ANSWER));
    const { data } = await untypedClient({ baseUrl: server.url }).GET("/virtual_numbers", { Request });
    expect(data).toEqual(ANSWER);
  });

  it("returns the body from a frozen Response a fetch of the user's hands back", async () => {
    const frozen = async () => Object.freeze(Response.json(ANSWER));
    const { data, response } = await untypedClient({ baseUrl: "http://127.0.0.1:9", fetch: frozen }).GET("/virtual_numbers");
    expect(data).toEqual(ANSWER);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/json/);
  });

  it("returns the body of a Response a middleware made in place of the answer", async () => {
    const server = await serve((_req, res) => sendJson(res, 200, ANSWER));
    const client = createIdentityCallClient({ apiKey: KEY, baseUrl: server.url });
    client.use({ onResponse: () => Response.json({ data: [] }) });
    const { data } = await client.GET("/virtual_numbers");
    expect(data).toEqual({ data: [] });
  });

  it("turns a fetch that throws at once into a ConnectionError after its retries, leaving no timer armed", async () => {
    const before = timersHoldingProcess();
    // In Node the client's timer is unref'd and does not show above; the clock shows a deadline left on it.
    const deadlines = watchDeadlines();
    let calls = 0;
    const throwsAtOnce = () => {
      calls++;
      throw new TypeError("offline");
    };
    const error = await untypedClient({ baseUrl: "http://127.0.0.1:9", fetch: throwsAtOnce }).GET("/virtual_numbers").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(calls).toBe(3);
    expect(timersHoldingProcess()).toBeLessThanOrEqual(before); // another file's timer may have ended meanwhile
    expect(deadlines.started()).toBe(3);
    expect(deadlines.onClock()).toBe(0);
  });

  it("refuses a body fetch cannot send with fetch's own TypeError, before the attempt's deadline joins the client's clock", async () => {
    const before = timersHoldingProcess();
    const deadlines = watchDeadlines();
    const stub = vi.fn(async () => Response.json({}));
    const call = untypedClient({ baseUrl: "http://127.0.0.1:9", fetch: stub }).PUT("/things/1", {
      body: new ReadableStream(), // a stream without `duplex: "half"`
      bodySerializer: (body: unknown) => body,
    });
    await expect(call).rejects.toBeInstanceOf(TypeError);
    expect(stub).not.toHaveBeenCalled();
    expect(timersHoldingProcess()).toBeLessThanOrEqual(before); // another file's timer may have ended meanwhile
    expect(deadlines.started()).toBe(0);
  });

  it("sends bytes again after a 307 redirect, and on the retry that follows its 503", async () => {
    const server = await serve(
      inTurn(
        (_req, res) => res.writeHead(307, { location: "/target" }).end(),
        status(503),
        (req, res) => sendJson(res, 200, { received: req.body.toString() }),
      ),
    );
    const { data } = await untypedClient({ baseUrl: server.url }).PUT("/source", {
      body: new TextEncoder().encode("call-42"),
      bodySerializer: (body: unknown) => body,
    });
    expect(data).toEqual({ received: "call-42" });
    expect(server.requests.map((r) => `${r.url} ${r.body.toString()}`)).toEqual(["/source call-42", "/target call-42", "/source call-42"]);
  });

  it("sends a stream body once, even where the method may be repeated", async () => {
    const server = await serve(inTurn(status(503), (_req, res) => sendJson(res, 200, {})));
    const body = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("streamed"));
        controller.close();
      },
    });
    const { response } = await untypedClient({ baseUrl: server.url }).PUT("/things/1", { body, bodySerializer: (v: unknown) => v, duplex: "half" });
    expect(response.status).toBe(503);
    expect(server.requests).toHaveLength(1);
  });

  it("gives a per-call fetch (not offered by the types) a real Request, and parses what it answers", async () => {
    const perCall = vi.fn(async (request: Request) => {
      expect(request).toBeInstanceOf(Request);
      return Response.json({ data: [] });
    });
    const { data } = await untypedClient({ baseUrl: "http://127.0.0.1:9" }).GET("/virtual_numbers", { fetch: perCall });
    expect(data).toEqual({ data: [] });
    expect(perCall).toHaveBeenCalledTimes(1);
  });
});
