// The call archive's tests against the HTTP mock server of @identitycall/mock (Prism, with the mock's own
// engine for recordings, uploads and steered 429s): real HTTP on a free port, as code in another process or
// another language would see it. The `#region guide-…` blocks are quoted verbatim in the root README.
// #region guide-mock-server-setup
import { createIdentityCallClient } from "@identitycall/client";
import { startMockServer, type MockServer } from "@identitycall/mock";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { syncAllRecordings, uploadCall } from "../src/index.js"; // the code under test

let mock: MockServer;

beforeAll(async () => {
  mock = await startMockServer({ port: 0 }); // a free port; mock.url is the client's baseUrl
});
beforeEach(async () => {
  // Back to the 45 seeded recordings, no uploads; mock.reset() does the same from this process.
  await fetch(`${mock.url}/__mock/reset`, { method: "POST" });
});
afterAll(() => mock?.close());
// #endregion

import { callArchiveScenario, steeringScenario, type FakeIdentityCall } from "./scenario.js";

// #region guide-mock-server-fail-once
// The mock answers what `Prefer` asks for on every request that carries it. To fail one request only, a fetch
// wrapper adds the header to that one attempt; the client's retry goes out without it.
let preferNext: { method: string; path: string; prefer: string } | undefined;

function fetchPreferringOnce(request: Request, init?: RequestInit): Promise<Response> {
  const next = preferNext;
  if (next && request.method === next.method && new URL(request.url).pathname === new URL(mock.url + next.path).pathname) {
    preferNext = undefined;
    const headers = new Headers(request.headers);
    headers.set("Prefer", next.prefer);
    return fetch(request, { ...init, headers });
  }
  return fetch(request, init);
}

it("retries an upload whose first attempt is answered 500", async () => {
  const client = createIdentityCallClient({
    apiKey: "idc_0123456789abcdefghijklmnopqrstuv",
    baseUrl: mock.url,
    fetch: fetchPreferringOnce,
    throwOnError: true,
    retryDelayMs: 1,
  });
  preferNext = { method: "POST", path: "/recordings", prefer: "code=500" };
  const uploaded = await uploadCall(client, new Blob([new Uint8Array(256)], { type: "audio/wav" }), "pbx-call-7");
  expect(uploaded).toMatchObject({ status: "pending", created: true });
});
// #endregion

const server = (): FakeIdentityCall => ({
  baseUrl: mock.url,
  fetch: fetchPreferringOnce,
  failNext(method, path, status, retryAfterSeconds = 1) {
    preferNext = { method, path, prefer: status === 429 ? `code=429, retry-after=${retryAfterSeconds}` : `code=${status}` };
  },
});

beforeEach(() => {
  preferNext = undefined;
});

describe("the call archive against the HTTP mock server", () => {
  callArchiveScenario(server);
});

describe("steering the HTTP mock server with Prefer", () => {
  steeringScenario(server);
});

// #region guide-steer-429
it("a sync that is rate limited asks to run again after Retry-After", async () => {
  const client = createIdentityCallClient({
    apiKey: "idc_0123456789abcdefghijklmnopqrstuv",
    baseUrl: mock.url,
    throwOnError: true,
    maxRetries: 0, // the RateLimitError at once, instead of the client waiting out Retry-After and retrying
    headers: { Prefer: "code=429, retry-after=30" }, // every request of this client is answered 429
  });
  expect(await syncAllRecordings(client)).toEqual({ status: "retry-later", retryAfterMs: 30_000, synced: 0 });
});
// #endregion
