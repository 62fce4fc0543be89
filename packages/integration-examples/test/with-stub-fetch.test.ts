// The call archive's tests against a hand-written stub, handed to the client as its `fetch`: no mock, no
// interception, only the answers the tests need, each built by a fixture factory of @identitycall/mock/fixtures
// (typed, and checked against the spec's schemas). The `#region guide-…` block is quoted verbatim in the root
// README.
// #region guide-stub-fetch
import { DEFAULT_BASE_URL, type RecordingUploadResult } from "@identitycall/client";
import {
  envelope,
  errorBody,
  recording,
  recordingDetail,
  recordingPage,
  recordingUpload,
  resetFixtureIds,
  virtualNumber,
} from "@identitycall/mock/fixtures";

/** A stand-in for IdentityCall with 45 recordings: the client calls `stub.fetch` instead of the network. */
function stubIdentityCall() {
  resetFixtureIds(); // ids 1 to 45, the same in every test
  const recordings = Array.from({ length: 45 }, (_, n) => recording({ status: n % 9 === 0 ? "processing" : "completed" }));
  const uploads = new Map<string, RecordingUploadResult>(); // by external_id: a repeat finds the first
  const failures: { method: string; path: string; response: Response }[] = [];
  const basePath = new URL(DEFAULT_BASE_URL).pathname;

  async function fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const path = url.pathname.slice(basePath.length);
    const failure = failures.findIndex((f) => f.method === request.method && f.path === path);
    if (failure >= 0) return failures.splice(failure, 1)[0]!.response;

    if (request.method === "GET" && path === "/recordings") {
      const page = Number(url.searchParams.get("page") ?? 1);
      const perPage = Number(url.searchParams.get("per_page") ?? 20);
      return Response.json(recordingPage(recordings, { current_page: page, per_page: perPage }));
    }
    const byId = /^\/recordings\/([^/]+)$/.exec(path);
    if (request.method === "GET" && byId) {
      const found = recordings.find((r) => String(r.id) === byId[1] || r.public_id === byId[1]);
      if (!found) return Response.json(errorBody(), { status: 404 });
      return Response.json(envelope(recordingDetail({ id: found.id, name: found.name, status: found.status })));
    }
    if (request.method === "POST" && path === "/recordings") {
      const externalId = (await request.formData()).get("external_id") as string | null;
      const repeated = externalId === null ? undefined : uploads.get(externalId);
      if (repeated) return Response.json(envelope(repeated), { status: 200 });
      const created = recordingUpload({ external_id: externalId });
      if (externalId !== null) uploads.set(externalId, created);
      return Response.json(envelope(created), { status: 201 });
    }
    if (request.method === "GET" && path === "/virtual_numbers") {
      return Response.json(envelope([virtualNumber(), virtualNumber({ name: null })]));
    }
    return new Response(`the stub has no answer for ${request.method} ${path}`, { status: 501 });
  }

  /** The next `method path` request gets `response`; the one after is answered as usual. */
  function failNext(method: string, path: string, response: Response) {
    failures.push({ method, path, response });
  }

  return { fetch, failNext };
}
// #endregion

import { beforeEach, describe } from "vitest";
import { callArchiveScenario, type FakeIdentityCall } from "./scenario.js";

let stub: ReturnType<typeof stubIdentityCall>;

beforeEach(() => {
  stub = stubIdentityCall(); // a fresh stub per test: nothing carries over
});

const stubbed = (): FakeIdentityCall => ({
  baseUrl: DEFAULT_BASE_URL,
  fetch: stub.fetch,
  failNext(method, path, status, retryAfterSeconds = 1) {
    const headers = status === 429 ? { "Retry-After": String(retryAfterSeconds) } : {};
    const message = status === 429 ? "Rate limit exceeded" : "Internal server error";
    stub.failNext(method, path, Response.json(errorBody(message), { status, headers }));
  },
});

describe("the call archive against a stub fetch", () => {
  callArchiveScenario(stubbed);
});
