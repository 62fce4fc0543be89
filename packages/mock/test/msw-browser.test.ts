// The MSW handlers in a real browser: the page (test/browser/page.ts, bundled with esbuild from msw/browser and the
// built @identitycall/mock/msw) starts MSW's service worker in headless Chromium and calls two sessions, one under
// the page's own origin and one under the API's production URL (cross-origin, as an unchanged client calls it).
// The page server on 127.0.0.1 (a secure context, so the worker may register) records every request it gets: an
// answer that came from the worker never reaches it.
import { launchChromium } from "@identitycall/test-browser";
import { beforeAll, describe, expect, it } from "vitest";
import type { PageResult, ScenarioResult } from "./browser/page.js";
import { bundlePage, startPageServer } from "./browser/page-server.js";

let result: PageResult;
let requests: string[];

beforeAll(async () => {
  const started = Date.now();
  const pages = await startPageServer(await bundlePage());
  const logs: string[] = [];
  try {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      page.on("console", (message) => logs.push(`${message.type()}: ${message.text()}`));
      page.on("pageerror", (error) => logs.push(`pageerror: ${error.message}`));
      await page.goto(`${pages.url}/`);
      const handle = await page
        .waitForFunction(() => (globalThis as { mswResult?: unknown }).mswResult, undefined, { timeout: 30_000 })
        .catch((error: Error) => {
          throw new Error(`The page reported nothing: ${error.message}\nPage console:\n${logs.join("\n")}`);
        });
      const reported = (await handle.jsonValue()) as PageResult | { failed: string };
      if ("failed" in reported) throw new Error(`The page failed: ${reported.failed}\nPage console:\n${logs.join("\n")}`);
      result = reported;
    } finally {
      await browser.close();
    }
  } finally {
    await pages.close();
  }
  requests = pages.requests;
  console.log(`bundle, page server, Chromium and both scenarios: ${Date.now() - started} ms (${result.userAgent})`);
}, 90_000);

describe("@identitycall/mock/msw in headless Chromium, behind MSW's service worker", () => {
  it("runs under a real service worker, and no answered request reaches the network", () => {
    expect(result.controller).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/mockServiceWorker\.js$/);
    expect(result.userAgent).toMatch(/HeadlessChrome\//);
    // The page's own files only: every call to the same-origin session was answered by the worker.
    expect(requests.filter((request) => !request.endsWith("/no_such_path"))).toEqual(["GET /", "GET /page.js", "GET /mockServiceWorker.js"]);
  });

  describe.each([
    ["the page's own origin", "sameOrigin"],
    ["the production URL (cross-origin)", "production"],
  ] as const)("a session under %s", (_, name) => {
    let session: ScenarioResult;
    beforeAll(() => {
      session = result[name];
    });

    it("pages through 45 recordings: 3 pages of 20, meta consistent, every id once", () => {
      const meta = (page: number) => ({ current_page: page, per_page: 20, total_pages: 3, total_count: 45 });
      expect(session.pages.map((p) => [p.status, p.ids.length, p.meta])).toEqual([
        [200, 20, meta(1)],
        [200, 20, meta(2)],
        [200, 5, meta(3)],
        [200, 0, meta(4)],
      ]);
      const ids = session.pages.flatMap((p) => p.ids);
      expect(new Set(ids).size).toBe(45);
    });

    it("stores a FormData upload, lists it first, finds it again by project_id + external_id, renames it", () => {
      const { created, firstAfterUpload, repeated, renamed } = session;
      expect(created.status).toBe(201);
      expect(created.body.data).toMatchObject({ status: "pending", project_id: 42, external_id: "browser-1", name: "From the browser" });
      const id = created.body.data.id;
      expect(firstAfterUpload.body.data[0]).toMatchObject({ id, status: "pending", duration_ms: null });
      expect(firstAfterUpload.body.meta.total_count).toBe(46);
      expect([repeated.status, repeated.body.data.id]).toEqual([200, id]);
      expect([renamed.status, renamed.body.data.name]).toEqual([200, "Renamed in the browser"]);
      expect(session.withoutFile.status).toBe(400);
    });

    it("answers Prefer: code=429 with Retry-After: 1, or the retry-after the request names", () => {
      expect([session.rateLimited.status, session.rateLimited.retryAfter, session.rateLimited.body]).toEqual([429, "1", { error: "Rate limit exceeded" }]);
      expect([session.rateLimitedLonger.status, session.rateLimitedLonger.retryAfter]).toEqual([429, "3"]);
    });

    it("answers 404 for an unknown id, 422 problem+json for a request that breaks the spec, 401 without a key", () => {
      expect([session.notFound.status, session.notFound.body]).toEqual([404, { error: "Resource not found" }]);
      expect([session.invalid.status, session.invalid.contentType]).toEqual([422, "application/problem+json"]);
      expect(session.invalid.body.detail).toContain("per_page");
      expect(session.withoutKey.status).toBe(401);
    });

    it("is back to 45 recordings after reset(), without the upload", () => {
      expect(session.afterReset).toEqual({ status: 200, meta: { current_page: 1, per_page: 20, total_pages: 3, total_count: 45 } });
      expect(session.uploadAfterReset.status).toBe(404);
    });
  });

  it("keeps each createIdentityCallHandlers() session apart: an upload to one is not in the other", () => {
    expect(result.totalsAfterOneUpload).toEqual({ sameOrigin: 45, production: 46 });
  });

  // A handler that matched and answered nothing would let MSW pass the request on to the network: only the
  // spec's own paths have handlers, so a mistyped one is unhandled and, with "error", refused.
  it("leaves a path the spec does not have to onUnhandledRequest: \"error\", so it never reaches the network", () => {
    // MSW's worker refuses it itself (a 500 of its own, or a network error): never our page server's answer.
    expect(result.unknownPath).toMatch(/^(rejected|answered 500)/);
    expect(requests).not.toContain("GET /api/v1/public/no_such_path");
  });
});
