import { describe, expect, inject, it } from "vitest";
import { createIdentityCallClient, IdentityCallError } from "@identitycall/client";
import { asLooseClient } from "../src/client/loose-client.js";
import { readSuiteSpec } from "../src/spec/suite-spec.js";
import { createResponseValidator } from "./support/response-validator.js";
import { createCoverageRecorder } from "./support/coverage.js";
import { expectedErrorClass } from "./support/expected-errors.js";
import { exampleOf, responseCases, type ResponseCase } from "./support/response-cases.js";

const spec = readSuiteSpec();
const validate = createResponseValidator(spec);
const coverage = createCoverageRecorder(spec);
// Throwing style: success resolves to typed data, every error status rejects with the client's typed error.
const client = asLooseClient(
  createIdentityCallClient({
    apiKey: "idc_0123456789abcdefghijklmnopqrstuv",
    baseUrl: inject("baseUrl"),
    fetch: coverage.recordingFetch,
    throwOnError: true,
    maxRetries: 0,
  }),
);

const title = (c: ResponseCase) =>
  `${c.operation.operationId} ${c.status}${c.exampleKey && c.exactExample ? ` (${c.exampleKey})` : ""} via ${c.how}`;

async function checkSuccess(c: ResponseCase) {
  const { data, response } = await client.request(c.operation.method, c.operation.path, c.init());
  expect(response.status).toBe(c.status);
  if (!c.media) {
    expect(await response.text(), "a body-less response came with a body").toBe("");
    return;
  }
  expect(response.headers.get("content-type")).toContain(c.media.mediaType);
  if (c.media.schema) expect(validate(c.media, data)).toEqual([]);
  if (c.exampleKey !== undefined && c.exactExample) expect(data).toEqual(exampleOf(c));
}

async function checkError(c: ResponseCase) {
  const failure = await client.request(c.operation.method, c.operation.path, c.init()).then(
    (result) => expect.unreachable(`expected ${c.status}, got ${result.response.status}`),
    (error: unknown) => error,
  );
  expect(failure).toBeInstanceOf(expectedErrorClass(c.status));
  const error = failure as IdentityCallError;
  expect(error.status).toBe(c.status);
  if (c.media?.schema) expect(validate(c.media, error.body)).toEqual([]);
  const example = exampleOf(c);
  if (c.exactExample && example !== undefined) expect(error.body).toEqual(example);
  // The mock writes its own findings into the documented error shape; the client's message repeats them.
  if (!c.exactExample) expect(error.message).toMatch(/is required|must be/);
}

describe("every operation × every documented status, through @identitycall/client against the mock", () => {
  for (const c of responseCases(spec)) {
    it(title(c), async () => {
      if (c.before) await client.request(c.operation.method, c.operation.path, c.before());
      if (c.status < 400) await checkSuccess(c);
      else await checkError(c);
    });
  }

  // Runs last in this file (vitest keeps a file's tests in order), after every answer above was recorded.
  it("coverage gate: every documented (operationId, status) pair of the bundled spec was answered", () => {
    console.log(`Contract coverage against the mock:\n${coverage.table()}`);
    expect(coverage.missing(), "pairs the suite never saw come back").toEqual([]);
  });
});
