// Every committed cURL sample, run with curl against the mock API: each must get the success status its
// operation documents, so a sample that sends a wrong path, parameter or body fails here.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer } from "@identitycall/mock";
import { runCurlSample } from "./run-curl-sample.js";
import { sampleWorkdir } from "./sample-workdir.js";
import { resolve } from "../../../scripts/code-samples/operations.mjs";
import { bundle, operations, productionBaseUrl } from "./spec.js";

const samplePath = (operationId: string) => new URL(`../samples/${operationId}.sh`, import.meta.url).pathname;
let mock: Awaited<ReturnType<typeof startMockServer>>;
const cwd = sampleWorkdir(operations.map((op) => readFileSync(samplePath(op.operationId), "utf8")));

beforeAll(async () => {
  mock = await startMockServer({ port: 0 });
});
afterAll(async () => {
  await mock?.close();
});

describe("cURL samples against the mock", () => {
  it("cover every operation of the spec", () => {
    expect(operations.length).toBeGreaterThan(0);
  });

  for (const operation of operations) {
    it(`${operation.operationId}: ${operation.method.toUpperCase()} ${operation.path}`, async () => {
      const { status, body } = await runCurlSample(samplePath(operation.operationId), { productionBaseUrl, baseUrl: mock.url, cwd });
      const documentedSuccess = Object.keys(operation.responses).filter((code) => code.startsWith("2"));
      expect(documentedSuccess, `answer was ${status}: ${body}`).toContain(String(status));
      const documented = resolve(bundle, operation.responses[String(status)]);
      if (documented.content?.["application/json"]) {
        expect(() => JSON.parse(body), `body of ${status} is not JSON: ${body}`).not.toThrow();
      } else {
        expect(body, `${status} is documented without a body`).toBe("");
      }
    });
  }
});
