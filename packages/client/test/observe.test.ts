import { describe, expect, it } from "vitest";
import type { RequestEvent } from "../src/index.js";
import { inTurn, serve, status, untypedClient } from "./helpers.js";

describe("the observe hook", () => {
  it("sees each attempt, response and retry in order", async () => {
    const server = await serve(inTurn(status(503, {}, { "x-request-id": "r1" }), status(200, { data: [] })));
    const events: RequestEvent[] = [];
    await untypedClient({ baseUrl: server.url, observe: (e) => events.push(e) }).GET("/virtual_numbers", {
      params: { query: { page: 2 } },
    });
    const url = `${server.url}/virtual_numbers?page=2`;
    expect(events.map((e) => [e.type, e.attempt])).toEqual([
      ["request", 1],
      ["response", 1],
      ["retry", 1],
      ["request", 2],
      ["response", 2],
    ]);
    expect(events.every((e) => e.method === "GET" && e.url === url)).toBe(true);
    expect(events[1]).toMatchObject({ status: 503, headers: { "x-request-id": "r1" } });
    expect(events[2]).toMatchObject({ reason: "503" });
  });

  it("sees the final error", async () => {
    const server = await serve((_req, res) => res.socket?.destroy());
    const events: RequestEvent[] = [];
    await untypedClient({ baseUrl: server.url, maxRetries: 0, observe: (e) => events.push(e) })
      .GET("/virtual_numbers")
      .catch(() => undefined);
    expect(events.at(-1)).toMatchObject({ type: "error", error: { name: "ConnectionError" } });
  });

  it("cannot break a request by throwing", async () => {
    const server = await serve(status(200, { data: [] }));
    const client = untypedClient({
      baseUrl: server.url,
      observe: () => {
        throw new Error("logger is down");
      },
    });
    const { data } = await client.GET("/virtual_numbers");
    expect(data).toEqual({ data: [] });
  });
});
