import { describe, expect, inject, it } from "vitest";
import { createIdentityCallClient } from "@identitycall/client";
import { asLooseClient } from "../src/client/loose-client.js";
import { sampleRequest } from "../src/requests/sample-request.js";
import { readBundledSpec } from "../src/spec/openapi-document.js";
import { listOperations } from "../src/spec/operations.js";
import { createResponseValidator } from "./support/response-validator.js";

const RESPONSES_PER_OPERATION = 200;
const IN_FLIGHT = 16;

const document = readBundledSpec();
const validate = createResponseValidator(document);
const reads = listOperations(document).filter((op) => op.method === "GET");
const client = asLooseClient(
  createIdentityCallClient({
    apiKey: "idc_0123456789abcdefghijklmnopqrstuv",
    baseUrl: inject("baseUrl"),
    throwOnError: true,
    maxRetries: 0,
  }),
);

/** Runs `task(0..count-1)` with at most `limit` at a time, keeping results in order. */
async function inBatches<T>(count: number, limit: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < count; start += limit) {
    const batch = Array.from({ length: Math.min(limit, count - start) }, (_, k) => task(start + k));
    results.push(...(await Promise.all(batch)));
  }
  return results;
}

describe(`Prism's dynamic mode: ${RESPONSES_PER_OPERATION} generated responses per read operation decode through the client`, () => {
  for (const operation of reads) {
    const success = operation.responses.find((r) => r.status >= 200 && r.status < 300);
    it(`${operation.operationId}: seeds 0..${RESPONSES_PER_OPERATION - 1}`, async () => {
      const bodies = await inBatches(RESPONSES_PER_OPERATION, IN_FLIGHT, async (seed) => {
        // A fixed seed per request: a failure names the seed, and rerunning reproduces the same body.
        const label = `${operation.operationId}-${seed}`;
        const { data, response } = await client
          .request("get", operation.pathTemplate, {
            ...sampleRequest(document, operation),
            headers: { Prefer: `dynamic=true, seed=${label}` },
          })
          .catch((error: Error) => {
            throw new Error(`seed ${label}: the client failed: ${error.name}: ${error.message}`);
          });
        expect(response.status, `seed ${label}`).toBe(success?.status);
        expect(response.headers.get("sl-violations"), `seed ${label}: Prism flagged its own answer`).toBeNull();
        if (success?.schema) expect(validate(success.schema, data), `seed ${label}`).toEqual([]);
        return JSON.stringify(data);
      });
      expect(bodies).toHaveLength(RESPONSES_PER_OPERATION);
      // Different seeds must give different data, or the run would be one response checked 200 times.
      expect(new Set(bodies).size, "distinct generated bodies").toBeGreaterThan(RESPONSES_PER_OPERATION / 2);
    });
  }
});
