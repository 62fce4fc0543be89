import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createIdentityCallClient, IdentityCallConfigError, type RequestEvent } from "../src/index.js";
import { sendJson, startLocalServer, type LocalServer } from "./local-server.js";

const KEY = "idc_SECRETsecret0123456789abcdefghij";
let server: LocalServer;

beforeAll(async () => {
  server = await startLocalServer((req, res) => {
    // A server that echoes what it got, as a badly written proxy might.
    if (req.url.startsWith("/echo")) return sendJson(res, 401, { error: `Invalid API key: ${req.headers.authorization}` });
    if (req.url.startsWith("/drop")) return res.socket?.destroy();
    sendJson(res, 200, { data: [] });
  });
});
afterAll(() => server.close());

/** Everything a user could print about a thing: its message, JSON form and util.inspect output. */
function printed(value: unknown): string {
  return [String(value), JSON.stringify(value), inspect(value, { depth: 10, showHidden: true })].join("\n");
}

describe("the key stays secret", () => {
  it("is absent from JSON.stringify and util.inspect of the client", () => {
    const client = createIdentityCallClient({ apiKey: KEY, baseUrl: server.url });
    expect(printed(client)).not.toContain(KEY);
    expect(printed(client)).not.toContain("SECRET");
  });

  it("is absent from an error, even when the server echoes the Authorization header", async () => {
    const client = createIdentityCallClient({ apiKey: KEY, baseUrl: server.url, throwOnError: true });
    const error = await client.GET("/echo" as "/virtual_numbers").catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "AuthenticationError", status: 401 });
    expect(printed(error)).toContain("[redacted]");
    expect(printed(error)).not.toContain("SECRET");
  });

  it("is absent from the error body in the non-throwing style too", async () => {
    const client = createIdentityCallClient({ apiKey: KEY, baseUrl: server.url });
    const { error } = await client.GET("/echo" as "/virtual_numbers");
    expect(JSON.stringify(error)).not.toContain("SECRET");
  });

  it("is absent from a connection error", async () => {
    const client = createIdentityCallClient({ apiKey: KEY, baseUrl: server.url, maxRetries: 0 });
    const error = await client.GET("/drop" as "/virtual_numbers").catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "ConnectionError" });
    expect(printed(error)).not.toContain("SECRET");
  });

  it("is redacted in everything the observe hook receives", async () => {
    const events: RequestEvent[] = [];
    const client = createIdentityCallClient({ apiKey: KEY, baseUrl: server.url, observe: (e) => events.push(e) });
    await client.GET("/virtual_numbers");
    await client.GET("/echo" as "/virtual_numbers");
    const request = events.find((e) => e.type === "request");
    expect(request?.type === "request" && request.headers.authorization).toBe("Bearer [redacted]");
    expect(printed(events)).not.toContain("SECRET");
  });
});

describe("refusals before any request", () => {
  it.each(["idc_abc def", "idc_abc\n", " idc_abc", "idc_\u0000abc", "idc_abc\t"])("refuses the key %j and does not quote it", (key) => {
    let error: unknown;
    try {
      createIdentityCallClient({ apiKey: key, baseUrl: server.url });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IdentityCallConfigError);
    expect(String(error)).toMatch(/whitespace or control characters: trim it/);
    expect(String(error)).not.toContain("idc_");
  });

  it.each(["http://api.identitycall.ai/api/v1/public", "http://10.0.0.8:4010", "http://localhost.evil.example"])(
    "refuses to send the key over plain http to %s",
    (baseUrl) => {
      expect(() => createIdentityCallClient({ apiKey: KEY, baseUrl })).toThrow(/Refusing baseUrl .*: use https \(http only to a loopback host\)/);
    },
  );

  it.each(["ftp://example.com", "api.identitycall.ai", ""])("refuses the base URL %j that is not an https URL", (baseUrl) => {
    expect(() => createIdentityCallClient({ apiKey: KEY, baseUrl })).toThrow(IdentityCallConfigError);
  });

  it.each(["http://localhost:4010", "http://127.0.0.1:4010", "http://127.8.9.10", "http://[::1]:4010", "https://example.com"])(
    "accepts %s",
    (baseUrl) => {
      expect(() => createIdentityCallClient({ apiKey: KEY, baseUrl })).not.toThrow();
    },
  );

  it("refuses a per-request baseUrl over plain http to a remote host, without sending anything", async () => {
    let sent = 0;
    const client = createIdentityCallClient({
      apiKey: KEY,
      baseUrl: server.url,
      fetch: async () => {
        sent++;
        return new Response("{}");
      },
    });
    await expect(client.GET("/virtual_numbers", { baseUrl: "http://api.identitycall.ai" })).rejects.toThrow(IdentityCallConfigError);
    expect(sent).toBe(0);
  });
});
