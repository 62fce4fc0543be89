// The tests of the call archive (../src), written once. Each with-*.test.ts file runs them against its own
// stand-in for IdentityCall: the MSW handlers, the HTTP mock server, a stub fetch. What differs between the three
// is only what `FakeIdentityCall` says: where the client points, which fetch it uses, and how one request is made
// to fail once.
import { createIdentityCallClient, type IdentityCallClientOptions, type RequestEvent } from "@identitycall/client";
import { expect, it } from "vitest";
import { getRecordingOrNull, numberNames, syncAllRecordings, uploadCall } from "../src/index.js";

/** Any well-formed key will do: none of the three stand-ins checks it. */
export const TEST_API_KEY = "idc_0123456789abcdefghijklmnopqrstuv";

/** What a stand-in for IdentityCall gives the scenario. */
export interface FakeIdentityCall {
  /** Where the client sends its requests. */
  baseUrl: string;
  /** The fetch the client sends them with, when this stand-in needs one; else the global fetch. */
  fetch?: (request: Request, init?: RequestInit) => Promise<Response>;
  /**
   * The next `method path` request gets `status` (with `Retry-After: retryAfterSeconds` on a 429), once: the
   * request after it is answered as usual, as when a server hiccups.
   */
  failNext(method: "GET" | "POST", path: "/recordings", status: 429 | 500, retryAfterSeconds?: number): void;
}

/** An upload's audio: what the telephony system hands over. A few bytes are enough for every stand-in. */
const callAudio = () => new Blob([new Uint8Array(256)], { type: "audio/wav" });

/** The client as the tests make it: aimed at the stand-in, errors thrown, every attempt and retry recorded. */
function testClient(fake: FakeIdentityCall, options: Pick<IdentityCallClientOptions, "maxRetries" | "headers"> = {}) {
  const sent: { method: string; url: URL }[] = [];
  const retries: Extract<RequestEvent, { type: "retry" }>[] = [];
  const client = createIdentityCallClient({
    apiKey: TEST_API_KEY,
    baseUrl: fake.baseUrl,
    ...(fake.fetch ? { fetch: fake.fetch } : {}),
    throwOnError: true,
    // A retry after a 5xx or a dropped connection waits retryDelayMs (default 500 ms, doubled each time): a
    // millisecond keeps the tests fast. A 429 waits what its Retry-After says instead.
    retryDelayMs: 1,
    ...options,
    observe: (event) => {
      if (event.type === "request") sent.push({ method: event.method, url: new URL(event.url) });
      if (event.type === "retry") retries.push(event);
    },
  });
  /** The `page` of every `GET /recordings` sent, in order, retries included. */
  const pagesAsked = () => sent.filter((r) => r.method === "GET" && r.url.pathname.endsWith("/recordings")).map((r) => r.url.searchParams.get("page"));
  return { client, sent, retries, pagesAsked };
}

/**
 * Declares the scenario's tests in the calling file. `fake` is called inside each test, after the file's
 * `beforeAll`, so a stand-in that only knows its URL once started (the HTTP mock) can hand it over.
 */
export function callArchiveScenario(fake: () => FakeIdentityCall): void {
  it("syncs every recording: asks for pages 1, 2 and 3 of the 45 and stops at total_pages", async () => {
    const { client, pagesAsked } = testClient(fake());
    const result = await syncAllRecordings(client);
    if (result.status !== "done") throw new Error(`the sync did not finish: ${JSON.stringify(result)}`);
    expect(result.recordings).toHaveLength(45);
    expect(new Set(result.recordings.map((r) => r.id)).size).toBe(45);
    expect(pagesAsked()).toEqual(["1", "2", "3"]);
  });

  it("finds a listed recording by its id and by its public_id", async () => {
    const { client } = testClient(fake());
    const result = await syncAllRecordings(client);
    if (result.status !== "done") throw new Error("the sync did not finish");
    const listed = result.recordings[0]!;
    expect(await getRecordingOrNull(client, listed.id)).toMatchObject({ id: listed.id, status: listed.status });
    expect((await getRecordingOrNull(client, listed.public_id!))?.id).toBe(listed.id);
  });

  it("answers null for a recording IdentityCall does not know (a 404), without retrying it", async () => {
    const { client, sent } = testClient(fake());
    expect(await getRecordingOrNull(client, 999_999)).toBeNull();
    expect(sent).toHaveLength(1);
  });

  it("uploads a call whose first attempt is answered 500: the client retries it, since it has an external_id", async () => {
    const { client, sent, retries } = testClient(fake());
    fake().failNext("POST", "/recordings", 500);
    const uploaded = await uploadCall(client, callAudio(), "pbx-call-1001");
    expect(uploaded).toMatchObject({ status: "pending", created: true });
    expect(uploaded.id ?? uploaded.publicId).toBeDefined();
    expect(sent.filter((r) => r.method === "POST")).toHaveLength(2);
    expect(retries.map((r) => r.reason)).toEqual(["500"]);
  });

  it("uploads the same call twice without storing it twice: the repeat answers 200 with the same recording", async () => {
    const { client } = testClient(fake());
    const first = await uploadCall(client, callAudio(), "pbx-call-1002");
    const again = await uploadCall(client, callAudio(), "pbx-call-1002");
    expect([first.created, again.created]).toEqual([true, false]);
    expect(again.id).toBe(first.id);
  });

  it("with maxRetries: 0, a 429 reaches the sync at once, which asks to run again after Retry-After", async () => {
    const { client, sent } = testClient(fake(), { maxRetries: 0 });
    fake().failNext("GET", "/recordings", 429, 30);
    expect(await syncAllRecordings(client)).toEqual({ status: "retry-later", retryAfterMs: 30_000, synced: 0 });
    expect(sent).toHaveLength(1);
  });

  it("with retries, a 429 with a short Retry-After is waited out and the sync completes", async () => {
    const { client, retries, pagesAsked } = testClient(fake());
    fake().failNext("GET", "/recordings", 429, 0);
    const result = await syncAllRecordings(client);
    expect(result.status === "done" && result.recordings.length).toBe(45);
    expect(pagesAsked()).toEqual(["1", "1", "2", "3"]);
    // The wait came from Retry-After (0 s), not from the backoff (retryDelayMs, 1 ms).
    expect(retries.map((r) => [r.reason, r.delayMs])).toEqual([["429", 0]]);
  });

  it("names the virtual numbers for the number picker", async () => {
    const { client } = testClient(fake());
    const names = await numberNames(client);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toMatch(/\S/);
  });
}

/**
 * The mocks (the MSW handlers and the HTTP server, not the stub) also answer `Prefer: code=429`: a client whose
 * `headers` option asks for it is rate limited on every request, with `Retry-After: 1` unless
 * `Prefer: retry-after=N` names another.
 */
export function steeringScenario(fake: () => FakeIdentityCall): void {
  it("Prefer: code=429 on every request: with maxRetries: 0 the RateLimitError comes at once, with the mock's 1 s", async () => {
    const { client, sent } = testClient(fake(), { maxRetries: 0, headers: { Prefer: "code=429" } });
    expect(await syncAllRecordings(client)).toEqual({ status: "retry-later", retryAfterMs: 1_000, synced: 0 });
    expect(sent).toHaveLength(1);
  });

  it("Prefer: code=429, retry-after=0 on every request: the client retries at once, then gives up", async () => {
    const { client, retries } = testClient(fake(), { maxRetries: 2, headers: { Prefer: "code=429, retry-after=0" } });
    await expect(numberNames(client)).rejects.toMatchObject({ name: "RateLimitError", status: 429, retryAfterMs: 0 });
    expect(retries.map((r) => r.delayMs)).toEqual([0, 0]);
  });
}
