// In-process handlers for MSW: every operation of the spec answered by the same engine the HTTP mock uses (the
// recordings' state, uploads, steering with `Prefer`, request checks), the rest from the documented examples.
// Works wherever MSW does: `setupServer` in Node, `setupWorker` in a browser.
import { http, type HttpHandler } from "msw";
import { BUNDLED_DOCUMENT, bundledSpec } from "../bundled-spec.js";
import { createMockEngine, type EngineRequest, type MockEngineOptions } from "../engine/mock-engine.js";
import type { MockAnswer } from "../engine/mock-answer.js";
import { findUploadOperations } from "../upload/upload-operations.js";
import { uploadLimits } from "../upload/upload-limits.js";
import { validateForm } from "../upload/validate-form.js";
import { receivedForm } from "./received-form.js";

/** Where the handlers answer unless told otherwise: the API's own base URL, which the client uses by default. */
export const DEFAULT_BASE_URL = "https://api.identitycall.ai/api/v1/public";

export interface IdentityCallHandlersOptions extends MockEngineOptions {
  /** The base URL the code under test calls; default the production one, so an unchanged client is intercepted. */
  baseUrl?: string;
  /** The largest file an upload may carry, in bytes; default the API's 500 MB. */
  maxUploadBytes?: number;
}

export interface IdentityCallHandlers {
  /** Hand these to `setupServer(...)` or `setupWorker(...)`. */
  handlers: HttpHandler[];
  /** Puts the session back as it started (seeded recordings, no uploads, no idempotency keys): call it between tests. */
  reset(): void;
}

function toResponse(answer: MockAnswer): Response {
  const body = answer.body === undefined ? null : typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body);
  // As the HTTP mock does: a page on another origin may read every header (Retry-After above all).
  return new Response(body, { status: answer.status, headers: { "access-control-expose-headers": "*", ...answer.headers } });
}

/** A base URL the handlers can match under: absolute http(s), no query, no trailing slash. */
function checkedBase(baseUrl: string): URL {
  const url = URL.canParse(baseUrl) ? new URL(baseUrl) : undefined;
  if (!url || !/^https?:$/.test(url.protocol) || url.search || url.hash) {
    throw new TypeError(`baseUrl must be an absolute http(s) URL without a query, e.g. ${DEFAULT_BASE_URL}; got "${baseUrl}"`);
  }
  url.pathname = url.pathname.replace(/\/+$/, "");
  return url;
}

/**
 * The handlers of one mock session. Each call makes a session of its own, so test files (or tests) that each
 * create theirs never share state; `reset()` empties one between tests.
 */
export function createIdentityCallHandlers(options: IdentityCallHandlersOptions = {}): IdentityCallHandlers {
  const { baseUrl = DEFAULT_BASE_URL, maxUploadBytes, ...engineOptions } = options;
  const base = checkedBase(baseUrl);
  const document = BUNDLED_DOCUMENT;
  // Sessions made in one test run share the spec's model: its validator is set up once.
  const spec = bundledSpec();
  const engine = createMockEngine(document, engineOptions, spec);
  const limits = uploadLimits(maxUploadBytes);
  const uploads = findUploadOperations(spec);

  async function resolve({ request }: { request: Request }): Promise<Response | undefined> {
    const requestUrl = new URL(request.url);
    const url = new URL(`${requestUrl.pathname.slice(base.pathname.length) || "/"}${requestUrl.search}`, "http://mock.invalid");
    const upload = uploads.find((u) => u.operation.method === request.method && u.matches(url.pathname));
    const plain: EngineRequest = { method: request.method, url, headers: request.headers };
    if (upload) {
      const early = engine.answer(plain);
      if (early) return toResponse(early);
      const form = await request.formData().catch(() => undefined);
      const check = form
        ? validateForm(document, upload.fields, receivedForm(form), limits.maxFileBytes)
        : { problems: [`Send the upload as multipart/form-data; the request's Content-Type was "${request.headers.get("content-type") ?? "(none)"}"`], missingRequired: true };
      return toResponse(engine.answerUpload(upload.operation.operationId, check, request.headers.get("prefer")));
    }
    const text = await request.text();
    let parsed: Pick<EngineRequest, "jsonBody" | "unreadableBody"> = {};
    if (text.trim() !== "") {
      try {
        parsed = { jsonBody: JSON.parse(text) };
      } catch {
        parsed = { unreadableBody: text };
      }
    }
    const answer = engine.answer({ ...plain, ...parsed }, { examples: true });
    return answer && toResponse(answer);
  }

  // One handler per operation: a path the spec does not have matches none of them, so MSW's own rule for
  // unhandled requests applies (with "error", a typo in a test fails instead of reaching the real API).
  const handlers = engine.spec.operations.map((operation) => {
    const method = operation.method.toLowerCase() as "get" | "post" | "put" | "patch" | "delete";
    return http[method](`${base.origin}${base.pathname}${operation.path.replace(/\{([^}]+)\}/g, ":$1")}`, resolve);
  });
  return { handlers, reset: () => engine.reset() };
}
