import { readFileSync } from "node:fs";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createIdentityCallClient, DEFAULT_BASE_URL, IdentityCallConfigError } from "../src/index.js";
import { CLIENT_ID } from "../src/version.js";
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
    const fetchSpy = vi.fn<(request: Request) => Promise<Response>>();
    expect(() => createIdentityCallClient({ fetch: fetchSpy })).toThrow(IdentityCallConfigError);
    expect(() => createIdentityCallClient({ fetch: fetchSpy })).toThrow(/apiKey.*IDENTITYCALL_API_KEY/);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it("defaults to the production base URL and uses the fetch it is given", async () => {
    const seen: string[] = [];
    const fakeFetch = async (request: Request) => {
      seen.push(request.url);
      return new Response(JSON.stringify({ data: [] }), { headers: { "content-type": "application/json" } });
    };
    const client = createIdentityCallClient({ apiKey: KEY, fetch: fakeFetch });
    await client.GET("/virtual_numbers");
    expect(seen).toEqual([`${DEFAULT_BASE_URL}/virtual_numbers`]);
  });

  it("names itself with package and version in User-Agent and X-IdentityCall-Client", async () => {
    const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    expect(CLIENT_ID).toBe(`@identitycall/client/${version}`);
    const client = createIdentityCallClient({ apiKey: KEY, baseUrl: server.url });
    await client.GET("/virtual_numbers");
    expect(server.requests[0]?.headers["user-agent"]).toBe(CLIENT_ID);
    expect(server.requests[0]?.headers["x-identitycall-client"]).toBe(CLIENT_ID);
  });

  it("leaves User-Agent out in browsers, which do not let scripts set it", async () => {
    vi.stubGlobal("navigator", { userAgent: "Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0.0.0" });
    try {
      const seen: Headers[] = [];
      const client = createIdentityCallClient({
        apiKey: KEY,
        fetch: async (request) => {
          seen.push(request.headers);
          return new Response("{}");
        },
      });
      await client.GET("/virtual_numbers");
      expect(seen[0]?.get("x-identitycall-client")).toBe(CLIENT_ID);
      expect(seen[0]?.has("user-agent")).toBe(false);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("sends client-wide headers, then per-request headers on top, without letting either replace the key", async () => {
    const client = createIdentityCallClient({
      apiKey: KEY,
      baseUrl: server.url,
      headers: { "X-Team": "billing", "X-Trace": "client", Authorization: "Bearer someone-else" },
    });
    await client.GET("/virtual_numbers", { headers: { "X-Trace": "request" } });
    const headers = server.requests[0]?.headers;
    expect(headers?.["x-team"]).toBe("billing");
    expect(headers?.["x-trace"]).toBe("request");
    expect(headers?.authorization).toBe(`Bearer ${KEY}`);
  });

  it.each([
    ["timeoutMs", 0],
    ["timeoutMs", 1.5],
    ["maxRetries", -1],
    ["maxRetries", Number.NaN],
    ["retryDelayMs", -5],
    ["maxRetryDelayMs", Number.POSITIVE_INFINITY],
    ["maxRetryAfterMs", -1],
  ])("refuses %s = %s at construction, saying what it must be", (name, value) => {
    expect(() => createIdentityCallClient({ apiKey: KEY, [name]: value })).toThrow(
      new RegExp(`${name} must be an integer >= \\d, got ${String(value)}`),
    );
  });

  it("refuses a per-request timeoutMs or maxRetries that is unusable, before sending", async () => {
    const client = createIdentityCallClient({ apiKey: KEY, baseUrl: server.url });
    await expect(client.GET("/virtual_numbers", { timeoutMs: -1 })).rejects.toThrow(/timeoutMs must be an integer >= 1/);
    await expect(client.GET("/virtual_numbers", { maxRetries: 0.5 })).rejects.toThrow(IdentityCallConfigError);
    expect(server.requests).toHaveLength(0);
  });
});

describe("in a web page", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("refuses to start with a key unless told the page is the caller's own", () => {
    vi.stubGlobal("document", {});
    expect(() => createIdentityCallClient({ apiKey: KEY, baseUrl: server.url })).toThrow(
      /readable by anyone who opens this page: call the API from your server, or pass dangerouslyAllowBrowser: true/,
    );
    expect(() => createIdentityCallClient({ apiKey: KEY, baseUrl: server.url, dangerouslyAllowBrowser: true })).not.toThrow();
  });
});

describe("IDENTITYCALL_LOG=debug", () => {
  it("logs each request, answer and its time on stderr, never the key, beside the caller's observe", async () => {
    vi.stubEnv("IDENTITYCALL_LOG", "debug");
    const lines: string[] = [];
    const spy = vi.spyOn(console, "error").mockImplementation((line: string) => void lines.push(line));
    const seen: string[] = [];
    try {
      await createIdentityCallClient({ apiKey: KEY, baseUrl: server.url, observe: (event) => void seen.push(event.type) }).GET("/virtual_numbers");
    } finally {
      spy.mockRestore();
    }
    expect(seen).toEqual(["request", "response"]);
    expect(lines[0]).toBe(`identitycall: GET ${server.url}/virtual_numbers (attempt 1) sent`);
    expect(lines[1]).toMatch(new RegExp(`^identitycall: GET ${server.url}/virtual_numbers \\(attempt 1\\) answered 200 in \\d+ ms$`));
    expect(lines.join("\n")).not.toContain(KEY);
  });
});
