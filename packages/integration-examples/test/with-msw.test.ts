// The call archive's tests against the MSW handlers of @identitycall/mock: the mock's engine answers in this
// process, through MSW's interception of fetch. No port, no child process; overrides per test with `server.use`.
// The `#region guide-…` blocks are quoted verbatim in the root README ("Testing your integration"):
// guide-snippets.test.ts keeps the two in step.
// #region guide-msw-setup
import { createIdentityCallClient } from "@identitycall/client";
import { envelope, errorBody, recordingDetail, virtualNumber } from "@identitycall/mock/fixtures";
import { createIdentityCallHandlers, DEFAULT_BASE_URL, identityCallHttp } from "@identitycall/mock/msw";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getRecordingOrNull, numberNames, uploadCall } from "../src/index.js"; // the code under test

// One mock session for the file, at the API's own base URL: an unchanged client is intercepted.
const identitycall = createIdentityCallHandlers();
const server = setupServer(...identitycall.handlers);

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers(); // drops the overrides a test added with server.use
  identitycall.reset(); // back to the 45 seeded recordings, no uploads, no idempotency keys
});
afterAll(() => server.close());
// #endregion

import { callArchiveScenario, steeringScenario, type FakeIdentityCall } from "./scenario.js";

/** The next `method path` request gets `answer()`, once: the retry after it reaches the mock session again. */
function failOnce(method: "get" | "post", path: string, answer: () => Response) {
  server.use(http[method](`${DEFAULT_BASE_URL}${path}`, answer, { once: true }));
}

const msw: FakeIdentityCall = {
  baseUrl: DEFAULT_BASE_URL,
  failNext(method, path, status, retryAfterSeconds = 1) {
    const headers = status === 429 ? { "Retry-After": String(retryAfterSeconds) } : {};
    const message = status === 429 ? "Rate limit exceeded" : "Internal server error";
    failOnce(method === "GET" ? "get" : "post", path, () => HttpResponse.json(errorBody(message), { status, headers }));
  },
};

// #region guide-msw-fail-once
it("retries an upload whose first attempt is answered 500", async () => {
  server.use(
    http.post(`${DEFAULT_BASE_URL}/recordings`, () => HttpResponse.json(errorBody("Internal server error"), { status: 500 }), { once: true }),
  );
  const client = createIdentityCallClient({ apiKey: "idc_0123456789abcdefghijklmnopqrstuv", throwOnError: true, retryDelayMs: 1 });
  const uploaded = await uploadCall(client, new Blob([new Uint8Array(256)], { type: "audio/wav" }), "pbx-call-7");
  expect(uploaded).toMatchObject({ status: "pending", created: true });
});
// #endregion

describe("the call archive against the MSW handlers", () => {
  callArchiveScenario(() => msw);
});

describe("steering the MSW handlers with Prefer", () => {
  steeringScenario(() => msw);
});

describe("typed overrides (identityCallHttp)", () => {
  // #region guide-msw-override
  // No baseUrl: the client calls the API's own, which the handlers answer.
  const client = () => createIdentityCallClient({ apiKey: "idc_0123456789abcdefghijklmnopqrstuv", throwOnError: true, maxRetries: 0 });

  it("labels a number without a name by its phone number", async () => {
    server.use(
      identityCallHttp.get("/virtual_numbers", () =>
        HttpResponse.json(envelope([virtualNumber({ name: "Support" }), virtualNumber({ name: null, phone_number: "+15550100" })])),
      ),
    );
    expect(await numberNames(client())).toEqual(["Support", "+15550100"]);
  });
  // #endregion

  it("hands over a recording whose processing failed, with nothing measured", async () => {
    server.use(
      identityCallHttp.get("/recordings/{id}", ({ params }) =>
        HttpResponse.json(envelope(recordingDetail({ id: Number(params.id), status: "failed" }))),
      ),
    );
    expect(await getRecordingOrNull(client(), 125)).toMatchObject({ id: 125, status: "failed", duration_ms: null });
  });

  it("answers null for a recording the session holds when an override answers 404", async () => {
    expect(await getRecordingOrNull(client(), 125)).toMatchObject({ id: 125 });
    server.use(identityCallHttp.get("/recordings/{id}", () => HttpResponse.json(errorBody("Recording not found"), { status: 404 })));
    expect(await getRecordingOrNull(client(), 125)).toBeNull();
  });

  it("refuse, at compile time, a body, a path or a method the API does not have", () => {
    // Each line below fails to compile; `@ts-expect-error` says so, and `tsc --noEmit` (this package's lint)
    // fails if one of them ever compiles. At run time MSW would accept them all.
    const refused = [
      // @ts-expect-error a body no answer of GET /virtual_numbers has: a recording where numbers belong
      identityCallHttp.get("/virtual_numbers", () => HttpResponse.json(envelope(recordingDetail()))),
      // @ts-expect-error a path the API does not have (it is /virtual_numbers)
      identityCallHttp.get("/virtual-numbers", () => HttpResponse.json(envelope([virtualNumber()]))),
      // @ts-expect-error a method the path does not have: a recording is changed with PATCH, not POST
      identityCallHttp.post("/recordings/{id}", () => HttpResponse.json(envelope(recordingDetail()))),
    ];
    expect(refused).toHaveLength(3);
  });
});
