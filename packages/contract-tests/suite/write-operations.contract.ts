import { afterAll, describe, expect, it } from "vitest";
import { assertContract } from "../src/pipeline/verdict.js";
import { createSuiteContext } from "../src/pipeline/suite-context.js";
import { findWriteLifecycles, labelled, withRealReferences } from "../src/pipeline/write-lifecycles.js";
import { sampleRequest } from "../src/requests/sample-request.js";
import type { JsonObject } from "../src/spec/suite-spec.js";

const { settings, spec, operations, client, fits, firstId } = createSuiteContext();
const lifecycles = findWriteLifecycles(operations);
const runLabel = `identitycall-contract ${new Date().toISOString()}`;

describe.skipIf(!settings.allowWrites || lifecycles.length === 0)("writes (only with --allow-writes; each run deletes what it created)", () => {
  describe.each(lifecycles.map((l) => [l.create.operationId, l] as const))("%s lifecycle", (_, lifecycle) => {
    let createdId: unknown;
    let deleted = false;
    const itemPath = () => ({ [lifecycle.idParameter]: createdId });

    afterAll(async () => {
      // A failed step must not leave the resource behind; only the id this run created is ever deleted.
      if (createdId !== undefined && !deleted) {
        await client.request("delete", lifecycle.remove.path, { params: { path: itemPath() } });
      }
    });

    it(`${lifecycle.create.operationId}: POST ${lifecycle.create.path} creates a resource as documented`, async () => {
      const sample = sampleRequest(spec, lifecycle.create);
      // Example ids (project 42) mean nothing in a real account: references point at what the key can see.
      const key = lifecycle.create.idempotencyKey;
      const body = await withRealReferences(labelled(sample.body, runLabel, key), firstId, key);
      const { data, error, response } = await client.request("post", lifecycle.create.path, { ...sample, body });
      assertContract(lifecycle.create, "create", response, error ?? data);
      expect(response.status, "the create call did not create anything").toBe(201);
      const item = ((data as { data?: JsonObject } | undefined)?.data ?? {}) as JsonObject;
      const parameter = lifecycle.remove.parameters.find((p) => p.name === lifecycle.idParameter);
      createdId = [lifecycle.idParameter, "public_id", "id"]
        .map((field) => item[field])
        .find((value) => value !== undefined && (!parameter || fits(parameter, value)));
      expect(createdId, "the created resource carries no id to read, change and delete it by").toBeDefined();
    });

    if (lifecycle.read) {
      const read = lifecycle.read;
      it(`${read.operationId}: the created resource reads back as documented`, async (context) => {
        if (createdId === undefined) return context.skip("nothing was created");
        const { data, error, response } = await client.request("get", read.path, { params: { path: itemPath() } });
        assertContract(read, "read the created resource", response, error ?? data);
        expect(response.status).toBe(200);
      });
    }

    if (lifecycle.update) {
      const update = lifecycle.update;
      it(`${update.operationId}: the created resource can be changed as documented`, async (context) => {
        if (createdId === undefined) return context.skip("nothing was created");
        const sample = sampleRequest(spec, update);
        const key = update.idempotencyKey;
        const body = await withRealReferences(labelled(sample.body, runLabel, key), firstId, key);
        const { data, error, response } = await client.request("patch", update.path, {
          ...sample,
          params: { ...sample.params, path: itemPath() },
          body,
        });
        assertContract(update, "update the created resource", response, error ?? data);
        expect(response.ok, `the update answered ${response.status}`).toBe(true);
      });
    }

    it(`${lifecycle.remove.operationId}: the created resource is deleted as documented`, async (context) => {
      if (createdId === undefined) return context.skip("nothing was created");
      const { data, error, response } = await client.request("delete", lifecycle.remove.path, {
        params: { path: itemPath() },
      });
      deleted = response.ok;
      assertContract(lifecycle.remove, "delete the created resource", response, error ?? data);
      expect(response.ok, `the delete answered ${response.status}`).toBe(true);
    });
  });
});

// Said in the report only when the writes did not run: a describe.runIf would list it, skipped, in every report.
if (!settings.allowWrites || lifecycles.length === 0) {
  describe("writes", () => {
    it.skip(
      settings.allowWrites
        ? "not run: the spec has no creation this run could delete again"
        : "not run: pass --allow-writes to create, change and delete resources of this run's own",
    );
  });
}
