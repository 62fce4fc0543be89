import { describe, expect, inject, it } from "vitest";
import { createIdentityCallClient } from "@identitycall/client";
import { asLooseClient } from "../src/client/loose-client.js";
import { sampleRequest } from "../src/requests/sample-request.js";
import { readSuiteSpec, statusResponses } from "../src/spec/suite-spec.js";
import { createResponseValidator } from "./support/response-validator.js";

const RESPONSES_PER_OPERATION = 200;
// Enough to keep the mock (one thread) busy. Not more: each keep-alive connection (client to mock, mock to its
// Prism) waits for the other requests in flight before carrying its next one, and one left idle past Node's 5 s
// keep-alive timeout while the mock's event loop lags (a busy machine) is reset under that next request: a
// spurious 502 or ECONNRESET. With 16 in flight, listRecordings' large bodies made those waits seconds long.
const IN_FLIGHT = 4;

const spec = readSuiteSpec();
const validate = createResponseValidator(spec);
const reads = spec.operations.filter((op) => op.method === "GET");
const client = asLooseClient(
  createIdentityCallClient({
    apiKey: "idc_0123456789abcdefghijklmnopqrstuv",
    baseUrl: inject("baseUrl"),
    throwOnError: true,
    maxRetries: 0,
  }),
);

/**
 * Runs `task(0..count-1)` with `limit` in flight at all times, keeping results in order; stops starting new
 * ones after a failure. Unlike batches, which wait for their slowest request, this leaves neither the mock idle
 * nor a connection unused while the rest of its batch finishes.
 */
async function withConcurrency<T>(count: number, limit: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array<T>(count);
  let next = 0;
  let failed = false;
  async function lane() {
    while (!failed && next < count) {
      const i = next++;
      try {
        results[i] = await task(i);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, count) }, lane));
  return results;
}

describe(`Prism's dynamic mode: ${RESPONSES_PER_OPERATION} generated responses per read operation decode through the client`, () => {
  for (const operation of reads) {
    const success = statusResponses(operation).find((r) => r.code >= 200 && r.code < 300);
    const media = success?.content[0];
    it(`${operation.operationId}: seeds 0..${RESPONSES_PER_OPERATION - 1}`, async () => {
      const bodies = await withConcurrency(RESPONSES_PER_OPERATION, IN_FLIGHT, async (seed) => {
        // A fixed seed per request: a failure names the seed, and rerunning reproduces the same body.
        const label = `${operation.operationId}-${seed}`;
        const { data, response } = await client
          .request("get", operation.path, {
            ...sampleRequest(spec, operation),
            headers: { Prefer: `dynamic=true, seed=${label}` },
          })
          .catch((error: Error) => {
            throw new Error(`seed ${label}: the client failed: ${error.name}: ${error.message}`);
          });
        expect(response.status, `seed ${label}`).toBe(success?.code);
        expect(response.headers.get("sl-violations"), `seed ${label}: Prism flagged its own answer`).toBeNull();
        if (media?.schema) expect(validate(media, data), `seed ${label}`).toEqual([]);
        return JSON.stringify(data);
      });
      expect(bodies).toHaveLength(RESPONSES_PER_OPERATION);
      // Different seeds must give different data, or the run would be one response checked 200 times.
      expect(new Set(bodies).size, "distinct generated bodies").toBeGreaterThan(RESPONSES_PER_OPERATION / 2);
    });
  }
});
