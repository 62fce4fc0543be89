import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { suiteContext } from "../src/pipeline/suite-context.js";
import { findWriteLifecycles, labelled, withRealReferences } from "../src/pipeline/write-lifecycles.js";
import { sampleWav } from "../src/requests/sample-audio.js";
import { formMedia, sampleRequest } from "../src/requests/sample-request.js";
import type { JsonObject } from "../src/spec/suite-spec.js";

const { settings, spec, operations, client, directClient, assertContract, fits, firstId, testOptions } = suiteContext();
const lifecycles = findWriteLifecycles(operations);
const runLabel = `identitycall-contract ${new Date().toISOString()}`;

if (settings.allowWrites && lifecycles.length > 0) {
  describe("writes (only with --allow-writes; each run deletes what it created)", () => {
    for (const lifecycle of lifecycles) {
      describe(`${lifecycle.create.operationId} lifecycle`, () => {
        let createdId: unknown;
        let deleted = false;
        const itemPath = () => ({ [lifecycle.idParameter]: createdId });

        after(async () => {
          // A failed step must not leave the resource behind; only the id this run created is ever deleted.
          if (createdId !== undefined && !deleted) {
            await client.request("delete", lifecycle.remove.path, { params: { path: itemPath() } });
          }
        });

        it(`${lifecycle.create.operationId}: POST ${lifecycle.create.path} creates a resource as documented`, testOptions, async () => {
          // An upload carries real audio and goes to the API directly: Prism's proxy would forward the file as text.
          const upload = formMedia(lifecycle.create) !== undefined;
          const sample = sampleRequest(spec, lifecycle.create, upload ? sampleWav() : undefined);
          // Example ids (project 42) mean nothing in a real account: references point at what the key can see.
          const key = lifecycle.create.idempotencyKey;
          const body = await withRealReferences(labelled(sample.body, runLabel, key), firstId, key);
          const { data, error, response } = await (upload ? directClient : client).request("post", lifecycle.create.path, { ...sample, body });
          assertContract(lifecycle.create, "create", response, error ?? data);
          assert.ok(response.ok, `the create call answered ${response.status}: nothing was created`);
          const item = ((data as { data?: JsonObject } | undefined)?.data ?? {}) as JsonObject;
          const parameter = lifecycle.remove.parameters.find((p) => p.name === lifecycle.idParameter);
          createdId = [lifecycle.idParameter, "public_id", "id"]
            .map((field) => item[field])
            .find((value) => value !== undefined && (!parameter || fits(parameter, value)));
          assert.notEqual(createdId, undefined, "the created resource carries no id to read, change and delete it by");
        });

        const read = lifecycle.read;
        if (read) {
          it(`${read.operationId}: the created resource reads back as documented`, testOptions, async (context) => {
            if (createdId === undefined) return context.skip("nothing was created");
            const { data, error, response } = await client.request("get", read.path, { params: { path: itemPath() } });
            assertContract(read, "read the created resource", response, error ?? data);
            assert.equal(response.status, 200, `reading the created resource answered ${response.status}`);
          });
        }

        const update = lifecycle.update;
        if (update) {
          it(`${update.operationId}: the created resource can be changed as documented`, testOptions, async (context) => {
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
            assert.ok(response.ok, `the update answered ${response.status}`);
          });
        }

        it(`${lifecycle.remove.operationId}: the created resource is deleted as documented`, testOptions, async (context) => {
          if (createdId === undefined) return context.skip("nothing was created");
          const { data, error, response } = await client.request("delete", lifecycle.remove.path, {
            params: { path: itemPath() },
          });
          deleted = response.ok;
          assertContract(lifecycle.remove, "delete the created resource", response, error ?? data);
          assert.ok(response.ok, `the delete answered ${response.status}`);
        });
      });
    }
  });
} else {
  // Said in the report, so that a read-only run does not look as if it had checked writes.
  it.skip(
    settings.allowWrites
      ? "writes not run: the spec has no creation this run could delete again"
      : "writes not run: pass --allow-writes to create, change and delete resources of this run's own",
  );
}
