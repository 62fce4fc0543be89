import { describe, expect, it } from "vitest";
import { allRecordings, createIdentityCallClient, PermissionError, recordingPages } from "../src/index.js";
import { KEY, serve } from "./helpers.js";
import { sendJson, type RecordedRequest } from "./local-server.js";
import type { ServerResponse } from "node:http";

/** A server holding `total` recordings, answering GET /recordings pages as the API does. */
function recordingsServer(total: number) {
  return (req: RecordedRequest, res: ServerResponse) => {
    const query = new URL(req.url, "http://x").searchParams;
    const page = Number(query.get("page") ?? 1);
    const perPage = Number(query.get("per_page") ?? 20);
    const status = query.get("status") ?? "completed";
    const first = (page - 1) * perPage;
    const ids = Array.from({ length: Math.max(0, Math.min(perPage, total - first)) }, (_, i) => first + i + 1);
    sendJson(res, 200, {
      data: ids.map((id) => ({ id, name: `Call ${id}`, status, duration_ms: 1000, created_at: "2026-04-15T10:00:00Z", speakers: [], goal_achievement: 50 })),
      meta: { current_page: page, per_page: perPage, total_pages: Math.max(1, Math.ceil(total / perPage)), total_count: total },
    });
  };
}

describe("allRecordings", () => {
  it("yields every recording across pages and stops after the last page", async () => {
    const server = await serve(recordingsServer(7));
    const client = createIdentityCallClient({ apiKey: KEY, baseUrl: server.url });
    const ids: number[] = [];
    for await (const recording of allRecordings(client, { per_page: 3 })) ids.push(recording.id as number);
    expect(ids).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(server.requests.map((r) => r.url)).toEqual([
      "/recordings?per_page=3&page=1",
      "/recordings?per_page=3&page=2",
      "/recordings?per_page=3&page=3",
    ]);
  });

  it("passes filters on to every page", async () => {
    const server = await serve(recordingsServer(4));
    const client = createIdentityCallClient({ apiKey: KEY, baseUrl: server.url, throwOnError: true });
    const statuses = new Set<string>();
    for await (const recording of allRecordings(client, { status: "failed", per_page: 2 })) statuses.add(recording.status);
    expect(statuses).toEqual(new Set(["failed"]));
    expect(server.requests.every((r) => r.url.includes("status=failed") && r.url.includes("per_page=2"))).toBe(true);
  });

  it("fetches pages lazily: breaking out early sends no more requests", async () => {
    const server = await serve(recordingsServer(100));
    const client = createIdentityCallClient({ apiKey: KEY, baseUrl: server.url });
    for await (const recording of allRecordings(client, { per_page: 10 })) if (recording.id === 3) break;
    expect(server.requests).toHaveLength(1);
  });

  it("asks once when there is nothing", async () => {
    const server = await serve(recordingsServer(0));
    const client = createIdentityCallClient({ apiKey: KEY, baseUrl: server.url });
    const all = [];
    for await (const recording of allRecordings(client)) all.push(recording);
    expect(all).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });
});

describe("recordingPages", () => {
  it("yields whole pages with their meta, from the page asked for", async () => {
    const server = await serve(recordingsServer(25));
    const client = createIdentityCallClient({ apiKey: KEY, baseUrl: server.url });
    const pages = [];
    for await (const page of recordingPages(client, { page: 2, per_page: 10 })) pages.push(page.meta.current_page);
    expect(pages).toEqual([2, 3]);
  });

  it("throws the typed error of a failing page, even with the non-throwing client", async () => {
    let count = 0;
    const server = await serve((req, res) =>
      count++ === 0 ? recordingsServer(30)(req, res) : sendJson(res, 403, { error: "Read permission required" }),
    );
    const client = createIdentityCallClient({ apiKey: KEY, baseUrl: server.url });
    const seen: number[] = [];
    const run = async () => {
      for await (const page of recordingPages(client, { per_page: 10 })) seen.push(page.meta.current_page);
    };
    await expect(run()).rejects.toBeInstanceOf(PermissionError);
    expect(seen).toEqual([1]);
  });
});
