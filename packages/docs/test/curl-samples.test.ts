// Every committed cURL sample, run with curl against the mock API: each must get the success status its
// operation documents, so a sample that sends a wrong path, parameter or body fails here.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { mockUrlOnceUp } from "./mock-url.js";
import { runCurlSample } from "./run-curl-sample.js";
import { sampleWorkdir } from "./sample-workdir.js";
import { resolve } from "../../../scripts/code-samples/operations.mjs";
import { bundle, operations, productionBaseUrl } from "./spec.js";

const samplePath = (operationId: string) => new URL(`../samples/${operationId}.sh`, import.meta.url).pathname;
const cwd = sampleWorkdir(operations.map((op) => readFileSync(samplePath(op.operationId), "utf8")));
let mockUrl: string;

beforeAll(async () => {
  mockUrl = await mockUrlOnceUp();
});

describe("cURL samples against the mock", () => {
  it("cover every operation of the spec", () => {
    expect(operations.length).toBeGreaterThan(0);
  });

  // The samples share only the read-only upload files and the mock, which keeps no state between requests, so
  // they run side by side: each one mostly waits on bash, curl and the mock.
  for (const operation of operations) {
    it.concurrent(`${operation.operationId}: ${operation.method.toUpperCase()} ${operation.path}`, async ({ expect }) => {
      const { status, body } = await runCurlSample(samplePath(operation.operationId), { productionBaseUrl, baseUrl: mockUrl, cwd });
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
