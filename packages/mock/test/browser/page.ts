// The page side of msw-browser.test.ts, bundled by esbuild for the browser: MSW's service worker in front of the
// mock's handlers, then the calls a browser app's tests would make. It reports what it saw on `window.mswResult`
// (or `{ failed }`); the test in Node judges it.
import { setupWorker } from "msw/browser";
import { createIdentityCallHandlers } from "@identitycall/mock/msw";

// The page's globals, declared here: the mock's tsconfig has no DOM library.
declare const location: { origin: string };
declare const navigator: { userAgent: string; serviceWorker: { controller: { scriptURL: string } | null } };
declare const window: { mswResult?: unknown };

const auth = { Authorization: "Bearer idc_0123456789abcdefghijklmnopqrstuv" };

/** One answer as the page saw it. */
export interface Seen {
  status: number;
  contentType: string | null;
  retryAfter: string | null;
  body: any;
}

async function see(response: Response): Promise<Seen> {
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text === "" ? null : JSON.parse(text);
  } catch {
    // not JSON: kept as text
  }
  return { status: response.status, contentType: response.headers.get("content-type"), retryAfter: response.headers.get("retry-after"), body };
}

/** The scenario against one session: pages, an upload listed first and found again, a 429, a 404, a 422, a reset. */
async function scenario(base: string, reset: () => void) {
  const call = async (path: string, init: RequestInit = {}) =>
    see(await fetch(`${base}${path}`, { ...init, headers: { ...auth, ...(init.headers as Record<string, string> | undefined) } }));
  const upload = (fields: Record<string, string>, withFile = true) => {
    const form = new FormData();
    if (withFile) form.append("file", new Blob([new Uint8Array(64)], { type: "audio/wav" }), "call.wav");
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    return call("/recordings", { method: "POST", body: form });
  };

  const pages = [];
  for (let page = 1; page <= 4; page++) {
    const { status, body } = await call(`/recordings?page=${page}&per_page=20`);
    pages.push({ status, meta: body?.meta, ids: (body?.data ?? []).map((r: { id: number }) => r.id) });
  }
  const created = await upload({ project_id: "42", external_id: "browser-1", name: "From the browser" });
  const id = created.body?.data?.id;
  const firstAfterUpload = await call("/recordings?per_page=1");
  const repeated = await upload({ project_id: "42", external_id: "browser-1" });
  const withoutFile = await upload({ project_id: "42" }, false);
  const renamed = await call(`/recordings/${id}`, {
    method: "PATCH",
    body: JSON.stringify({ display_name: "Renamed in the browser" }),
    headers: { "content-type": "application/json" },
  });
  const rateLimited = await call("/virtual_numbers", { headers: { Prefer: "code=429" } });
  const rateLimitedLonger = await call("/recordings", { headers: { Prefer: "code=429, retry-after=3" } });
  const notFound = await call("/recordings/999999");
  const invalid = await call("/recordings?per_page=500");
  const withoutKey = await see(await fetch(`${base}/recordings`));
  reset();
  const afterReset = await call("/recordings");
  const uploadAfterReset = await call(`/recordings/${id}`);
  return {
    pages,
    created,
    firstAfterUpload,
    repeated,
    withoutFile,
    renamed,
    rateLimited,
    rateLimitedLonger,
    notFound,
    invalid,
    withoutKey,
    afterReset: { status: afterReset.status, meta: afterReset.body?.meta },
    uploadAfterReset,
  };
}

export type ScenarioResult = Awaited<ReturnType<typeof scenario>>;

// Two sessions: one under the page's own origin, one under the API's production URL (cross-origin, as an unchanged
// client calls it). Each createIdentityCallHandlers() call is a session of its own.
const sameOriginBase = `${location.origin}/api/v1/public`;
const productionBase = "https://api.identitycall.ai/api/v1/public";
const sameOrigin = createIdentityCallHandlers({ baseUrl: sameOriginBase });
const production = createIdentityCallHandlers();

async function main() {
  const worker = setupWorker(...sameOrigin.handlers, ...production.handlers);
  await worker.start({ serviceWorker: { url: "/mockServiceWorker.js" }, onUnhandledRequest: "error", quiet: true });
  try {
    const controller = navigator.serviceWorker.controller?.scriptURL ?? null;
    const sameOriginResult = await scenario(sameOriginBase, sameOrigin.reset);
    const productionResult = await scenario(productionBase, production.reset);

    // An upload to one session is not in the other.
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array(8)], { type: "audio/wav" }), "only-here.wav");
    form.append("project_id", "42");
    await fetch(`${productionBase}/recordings`, { method: "POST", body: form, headers: auth });
    const total = async (base: string) => ((await (await fetch(`${base}/recordings`, { headers: auth })).json()) as { meta: { total_count: number } }).meta.total_count;
    const totalsAfterOneUpload = { sameOrigin: await total(sameOriginBase), production: await total(productionBase) };
    production.reset();

    // A path under the base URL that the spec does not have: with onUnhandledRequest "error", fetch should reject.
    const unknownPath = await fetch(`${sameOriginBase}/no_such_path`, { headers: auth }).then(
      (response) => `answered ${response.status}`,
      (error: Error) => `rejected: ${error.name}`,
    );
    return { userAgent: navigator.userAgent, controller, sameOrigin: sameOriginResult, production: productionResult, totalsAfterOneUpload, unknownPath };
  } finally {
    worker.stop();
  }
}

export type PageResult = Awaited<ReturnType<typeof main>>;

main().then(
  (result) => {
    window.mswResult = result;
  },
  (error: Error) => {
    window.mswResult = { failed: String(error?.stack ?? error) };
  },
);
