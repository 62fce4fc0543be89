// One mock session, served two ways: the HTTP server (identitycall-mock) and the MSW handlers. Every scenario runs
// against both, because both are the same engine: a user's test passes against either.
import { allRecordings, createIdentityCallClient } from "@identitycall/client";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startMockServer } from "../dist/index.js";
import { createIdentityCallHandlers } from "../dist/msw.js";

const key = "idc_0123456789abcdefghijklmnopqrstuv";
const auth = { Authorization: `Bearer ${key}` };

interface Serving {
  baseUrl: string;
  reset(): void | Promise<unknown>;
  stop(): Promise<void> | void;
}

async function httpServing(): Promise<Serving> {
  const mock = await startMockServer({ port: 0 });
  // Over HTTP, as a test in another process (or language) would reset it.
  return { baseUrl: mock.url, reset: () => fetch(`${mock.url}/__mock/reset`, { method: "POST" }), stop: () => mock.close() };
}

function mswServing(): Serving {
  const baseUrl = "https://api.identitycall.test/api/v1/public";
  const identitycall = createIdentityCallHandlers({ baseUrl });
  const server = setupServer(...identitycall.handlers);
  server.listen({ onUnhandledRequest: "error" });
  return { baseUrl, reset: () => identitycall.reset(), stop: () => server.close() };
}

describe.each([
  ["the HTTP server", httpServing],
  ["the MSW handlers", mswServing],
] as const)("a mock session through %s", (_, serve) => {
  let serving: Serving;
  const call = (path: string, init: RequestInit = {}) =>
    fetch(`${serving.baseUrl}${path}`, { ...init, headers: { ...auth, ...(init.headers as Record<string, string>) } });
  const json = async (path: string, init?: RequestInit) => {
    const response = await call(path, init);
    return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, any> };
  };
  const upload = (fields: Record<string, string>) => {
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array(64)], { type: "audio/wav" }), "call.wav");
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    return json("/recordings", { method: "POST", body: form });
  };

  beforeAll(async () => {
    serving = await serve();
  });
  beforeEach(async () => {
    await serving.reset();
  });
  afterAll(() => serving.stop());

  it("pages through the recordings it holds, honouring page and per_page, and the client's walk stops at the end", async () => {
    const first = await json("/recordings");
    expect(first.body["meta"]).toEqual({ current_page: 1, per_page: 20, total_pages: 3, total_count: 45 });
    const third = await json("/recordings?page=3&per_page=20");
    expect(third.body["data"]).toHaveLength(5);
    expect((await json("/recordings?page=4")).body["data"]).toEqual([]);
    expect((await json("/recordings?per_page=100")).body["meta"]).toMatchObject({ total_pages: 1, total_count: 45 });
    const client = createIdentityCallClient({ apiKey: key, baseUrl: serving.baseUrl, maxRetries: 0 });
    const ids: number[] = [];
    for await (const recording of allRecordings(client, { per_page: 7 })) ids.push(recording.id);
    expect(ids).toHaveLength(45);
    expect(new Set(ids).size).toBe(45);
  });

  it("filters by status, with pages counted over the match", async () => {
    const pending = await json("/recordings?status=pending");
    expect(pending.body["data"].length).toBeGreaterThan(0);
    expect(pending.body["data"].every((r: { status: string }) => r.status === "pending")).toBe(true);
    expect(pending.body["meta"]["total_count"]).toBe(pending.body["data"].length);
  });

  it("resolves the documented ids (numeric or public_id), answers 404 for others, and 422 for a transcript not ready", async () => {
    const byId = await json("/recordings/125");
    expect(byId.body["data"]).toMatchObject({ id: 125, status: "completed" });
    const byPublicId = await json(`/recordings/${byId.body["data"]["public_id"]}`);
    expect(byPublicId.body["data"]["id"]).toBe(125);
    expect((await json("/recordings/999999")).status).toBe(404);
    expect((await json("/recordings/125/transcription")).body["data"]["recording_id"]).toBe(125);
    expect((await json("/recordings/129/transcription")).status).toBe(422);
  });

  it("lists an upload first, finds it again by its idempotency key, renames and deletes it; reset forgets it all", async () => {
    const created = await upload({ project_id: "42", external_id: "crm-1", name: "Intake" });
    expect(created.status).toBe(201);
    const id = created.body["data"]["id"];
    const list = await json("/recordings?per_page=1");
    expect(list.body["data"][0]).toMatchObject({ id, status: "pending", duration_ms: null });
    expect(list.body["meta"]["total_count"]).toBe(46);
    const repeat = await upload({ project_id: "42", external_id: "crm-1" });
    expect([repeat.status, repeat.body["data"]["id"]]).toEqual([200, id]);
    const renamed = await json(`/recordings/${id}`, { method: "PATCH", body: JSON.stringify({ display_name: "Renamed" }), headers: { "content-type": "application/json" } });
    expect(renamed.body["data"]["name"]).toBe("Renamed");
    expect((await json(`/recordings/${id}`)).body["data"]["name"]).toBe("Renamed");
    expect((await call(`/recordings/${id}`, { method: "DELETE" })).status).toBe(204);
    expect((await json(`/recordings/${id}`)).status).toBe(404);

    await upload({ project_id: "42", external_id: "crm-2" });
    await serving.reset();
    expect((await json("/recordings")).body["meta"]["total_count"]).toBe(45);
    expect((await upload({ project_id: "42", external_id: "crm-2" })).status).toBe(201);
  });

  it("answers a steered 429 with a short Retry-After, or the one the test names", async () => {
    const limited = await json("/virtual_numbers", { headers: { Prefer: "code=429" } });
    expect([limited.status, limited.headers.get("retry-after")]).toEqual([429, "1"]);
    expect(limited.body).toEqual({ error: "Rate limit exceeded" });
    const longer = await call("/recordings", { headers: { Prefer: "code=429, retry-after=3" } });
    expect(longer.headers.get("retry-after")).toBe("3");
  });

  it("refuses a request that breaks the spec, and one without a key, as documented", async () => {
    const invalid = await json("/recordings?per_page=500");
    expect(invalid.status).toBe(422);
    expect(invalid.headers.get("content-type")).toBe("application/problem+json");
    expect(invalid.body["detail"]).toContain("per_page");
    expect((await fetch(`${serving.baseUrl}/recordings`)).status).toBe(401);
  });

  it("answers the other operations from the documented examples, steered by Prefer", async () => {
    expect((await json("/virtual_numbers")).body["data"].map((n: { id: number }) => n.id)).toEqual([7, 8]);
    expect((await json("/projects/42", { headers: { Prefer: "code=404" } })).body).toEqual({ error: "Resource not found" });
    // A named example is the documented one, for the recordings too (not the session's recording 125).
    expect((await json("/recordings/125", { headers: { Prefer: "example=pending" } })).body["data"]).toMatchObject({ id: 129, status: "pending" });
    const project = { name: "Support", language: "en" };
    const post = (prefer?: string) =>
      call("/projects", { method: "POST", body: JSON.stringify(project), headers: { "content-type": "application/json", ...(prefer ? { Prefer: prefer } : {}) } });
    expect((await post()).status).toBe(201);
    expect((await post("code=200")).status).toBe(200);
  });
});

describe("sessions", () => {
  it("are separate: an upload to one is not in another", async () => {
    const [a, b] = [createIdentityCallHandlers({ baseUrl: "https://a.test/v1" }), createIdentityCallHandlers({ baseUrl: "https://b.test/v1" })];
    const server = setupServer(...a.handlers, ...b.handlers);
    server.listen({ onUnhandledRequest: "error" });
    try {
      const form = new FormData();
      form.append("file", new Blob([new Uint8Array(8)], { type: "audio/wav" }), "a.wav");
      form.append("project_id", "42");
      expect((await fetch("https://a.test/v1/recordings", { method: "POST", body: form, headers: auth })).status).toBe(201);
      const total = async (base: string) => ((await (await fetch(`${base}/recordings`, { headers: auth })).json()) as { meta: { total_count: number } }).meta.total_count;
      expect([await total("https://a.test/v1"), await total("https://b.test/v1")]).toEqual([46, 45]);
    } finally {
      server.close();
    }
  });

  it("leave a path the spec does not have to MSW's rule for unhandled requests, so it never reaches the network", async () => {
    const identitycall = createIdentityCallHandlers({ baseUrl: "https://api.identitycall.test/v1" });
    const server = setupServer(...identitycall.handlers);
    server.listen({ onUnhandledRequest: "error" });
    try {
      await expect(fetch("https://api.identitycall.test/v1/no_such_path", { headers: auth })).rejects.toThrow();
    } finally {
      server.close();
    }
  });

  it("refuse a base URL they could not match, before any request", () => {
    expect(() => createIdentityCallHandlers({ baseUrl: "api.identitycall.ai" })).toThrow(/baseUrl must be an absolute http\(s\) URL/);
    expect(() => createIdentityCallHandlers({ retryAfterSeconds: -1 })).toThrow(/retryAfterSeconds must be a whole number/);
  });
});

describe("named sessions on one HTTP mock", () => {
  it("keep their own state under /__session/<name>/, for tests that share a server", async () => {
    const mock = await startMockServer({ port: 0 });
    try {
      const a = `${mock.url}/__session/a`;
      const b = `${mock.url}/__session/b`;
      expect((await fetch(`${a}/recordings/125`, { method: "DELETE", headers: auth })).status).toBe(204);
      expect((await fetch(`${a}/recordings/125`, { headers: auth })).status).toBe(404);
      expect((await fetch(`${b}/recordings/125`, { headers: auth })).status).toBe(200);
      expect((await fetch(`${mock.url}/recordings/125`, { headers: auth })).status).toBe(200);
      // Prism's operations work under a session too, and a session resets on its own.
      expect((await fetch(`${a}/virtual_numbers`, { headers: auth })).status).toBe(200);
      expect((await fetch(`${a}/__mock/reset`, { method: "POST" })).status).toBe(204);
      expect((await fetch(`${a}/recordings/125`, { headers: auth })).status).toBe(200);
      const client = createIdentityCallClient({ apiKey: key, baseUrl: `${mock.url}/__session/client`, maxRetries: 0 });
      expect((await client.GET("/recordings/{id}", { params: { path: { id: 125 } } })).data?.data.id).toBe(125);
    } finally {
      await mock.close();
    }
  });

  it("refuse a name that is not one, saying what a name may be", async () => {
    const mock = await startMockServer({ port: 0 });
    try {
      for (const name of ["x".repeat(65), "%zz", "a%20b", ""]) {
        const answer = await fetch(`${mock.url}/__session/${name}/recordings`, { headers: auth });
        expect(answer.status, name).toBe(400);
        expect(((await answer.json()) as { error: string }).error).toMatch(/a session name is 1 to 64 letters/);
      }
    } finally {
      await mock.close();
    }
  });
});
