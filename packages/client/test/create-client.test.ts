import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createIdentityCallClient, DEFAULT_BASE_URL, IdentityCallConfigError } from "../src/index.js";
import { sendJson, startLocalServer, type LocalServer } from "./local-server.js";

const KEY = "idc_0123456789abcdefghijklmnopqrstuv";
let server: LocalServer;

beforeAll(async () => {
  server = await startLocalServer((_req, res) => sendJson(res, 200, { data: [] }));
});
afterAll(() => server.close());
afterEach(() => {
  vi.unstubAllEnvs();
  server.requests.length = 0;
});

describe("createIdentityCallClient", () => {
  it("sends the key as a bearer token to the given base URL", async () => {
    const client = createIdentityCallClient({ apiKey: KEY, baseUrl: server.url });
    const { data } = await client.GET("/virtual_numbers");
    expect(data).toEqual({ data: [] });
    expect(server.requests[0]?.url).toBe("/virtual_numbers");
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it("falls back to the IDENTITYCALL_API_KEY environment variable", async () => {
    vi.stubEnv("IDENTITYCALL_API_KEY", KEY);
    const client = createIdentityCallClient({ baseUrl: server.url });
    await client.GET("/virtual_numbers");
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it("fails at construction, naming both ways to give a key, when there is none", () => {
    vi.stubEnv("IDENTITYCALL_API_KEY", "");
    const fetchSpy = vi.fn<typeof fetch>();
    expect(() => createIdentityCallClient({ fetch: fetchSpy })).toThrow(IdentityCallConfigError);
    expect(() => createIdentityCallClient({ fetch: fetchSpy })).toThrow(/apiKey.*IDENTITYCALL_API_KEY/);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it("defaults to the production base URL and uses the fetch it is given", async () => {
    const seen: string[] = [];
    const fakeFetch = async (input: RequestInfo | URL) => {
      seen.push(input instanceof Request ? input.url : String(input));
      return new Response(JSON.stringify({ data: [] }), { headers: { "content-type": "application/json" } });
    };
    const client = createIdentityCallClient({ apiKey: KEY, fetch: fakeFetch });
    await client.GET("/virtual_numbers");
    expect(seen).toEqual([`${DEFAULT_BASE_URL}/virtual_numbers`]);
  });
});
