// Every committed cURL sample, run with curl against the mock API: each must get the success status its
// operation documents, so a sample that sends a wrong path, parameter or body fails here.
import { readdirSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { mockUrlOnceUp, sessionUrl } from "./mock-url.js";
import { runCurlSample } from "./run-curl-sample.js";
import { sampleWorkdir } from "./sample-workdir.js";
import { operations, productionBaseUrl, spec } from "./spec.js";

const samplesDir = new URL("../samples/", import.meta.url);
const samplePath = (operationId: string) => new URL(`${operationId}.sh`, samplesDir).pathname;
const committed = readdirSync(samplesDir).filter((name) => name.endsWith(".sh"));
const cwd = sampleWorkdir(committed.map((name) => readFileSync(new URL(name, samplesDir), "utf8")));
let mockUrl: string;

beforeAll(async () => {
  mockUrl = await mockUrlOnceUp();
});

/** The operation a cURL sample's request goes to, found by the spec's own matcher from its method and URL. */
function operationCalled(sample: string): string | undefined {
  const request = /^curl(?: -X ([A-Z]+))? "([^"]+)"/.exec(sample);
  if (!request) return undefined;
  const url = new URL(request[2]!);
  if (!url.href.startsWith(productionBaseUrl)) return undefined;
  return spec.match(request[1] ?? "GET", url.pathname, new URL(productionBaseUrl).pathname)?.operation.operationId;
}

describe("cURL samples against the mock", () => {
  it("cover every operation of the spec, each sample calling its operation's method and path", () => {
    expect(operations.length).toBeGreaterThan(0);
    const wanted = operations.map((operation) => `${operation.operationId}.sh`);
    expect(committed.filter((name) => !wanted.includes(name)), "samples of no operation").toEqual([]);
    expect(wanted.filter((name) => !committed.includes(name)), "operations without a sample").toEqual([]);
    for (const operation of operations) {
      const sample = readFileSync(samplePath(operation.operationId), "utf8");
      expect(operationCalled(sample), `${operation.operationId}.sh calls ${operation.method} ${operation.path}`).toBe(operation.operationId);
    }
  });

  // The samples share only the read-only upload files and the mock, which keeps no state between requests, so
  // they run side by side: each one mostly waits on bash, curl and the mock.
  for (const operation of operations) {
    it.concurrent(`${operation.operationId}: ${operation.method} ${operation.path}`, async ({ expect }) => {
      const baseUrl = sessionUrl(mockUrl, `curl-${operation.operationId}`);
      const { status, body } = await runCurlSample(samplePath(operation.operationId), { productionBaseUrl, baseUrl, cwd });
      const documentedSuccess = operation.responses.filter((response) => response.status.startsWith("2"));
      expect(
        documentedSuccess.map((response) => response.status),
        `answer was ${status}: ${body}`,
      ).toContain(String(status));
      const documented = documentedSuccess.find((response) => response.status === String(status));
      if (documented?.content.some((media) => media.mediaType === "application/json")) {
        expect(() => JSON.parse(body), `body of ${status} is not JSON: ${body}`).not.toThrow();
      } else {
        expect(body, `${status} is documented without a body`).toBe("");
      }
    });
  }
});
