// The spec model: the one reading of the spec that the mock, the contract suite, the docs and the tooling share.
import { readFileSync } from "node:fs";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { createSpecModel, isFileSchema, resolveRef, sampleValue, type OpenApiDocument } from "../src/model/index.js";
import { loadSpec } from "../src/model/node.js";

const spec = loadSpec();

/** A small document of its own, for the rules the real spec happens not to exercise. */
const fixture: OpenApiDocument = {
  openapi: "3.1.0",
  paths: {
    "/items/{id}": {
      parameters: [
        { name: "id", in: "path", required: true, schema: { type: "string" } },
        { name: "view", in: "query", description: "path-level", schema: { type: "string" } },
      ],
      get: {
        operationId: "getItem",
        parameters: [{ name: "view", in: "query", description: "operation-level", schema: { type: "string", enum: ["full", "short"] } }],
        responses: { "200": { description: "ok" } },
      },
    },
  },
  components: {
    schemas: {
      Both: { type: "string", default: "from-default", enum: ["from-enum"], example: "from-example" },
      DefaultFirst: { type: "string", default: "from-default", enum: ["from-enum", "from-default"] },
      Upload: {
        type: "object",
        required: ["file"],
        properties: {
          file: { type: "string", format: "binary" },
          audio: { type: "string", contentMediaType: "audio/wav" },
          note: { type: "string", contentMediaType: "text/plain" },
          encoded: { type: "string", contentEncoding: "base64", contentMediaType: "audio/wav" },
        },
      },
    },
  },
};

describe("operations", () => {
  it("lists every operation of the bundle with its permission and documented responses", () => {
    expect(spec.operations).toHaveLength(25);
    for (const operation of spec.operations) {
      expect(operation.requiredPermission, operation.operationId).toMatch(/^(read|write|delete)$/);
      expect(operation.responses.map((r) => r.status), operation.operationId).toEqual(expect.arrayContaining(["401", "429", "500"]));
    }
    const list = spec.operation("listVirtualNumbers");
    expect(list).toMatchObject({ method: "GET", path: "/virtual_numbers", pointer: "#/paths/~1virtual_numbers/get" });
    const ok = list?.responses.find((r) => r.status === "200");
    expect(ok?.content[0]?.mediaType).toBe("application/json");
    expect(ok?.content[0]?.examples.length).toBeGreaterThan(0);
    expect(spec.operation("listRecordings")?.responses.find((r) => r.status === "429")?.headers.map((h) => h.name)).toContain("Retry-After");
  });

  it("points at each response header's schema, so a header's text can be checked against it", () => {
    const retryAfter = spec.operation("listRecordings")?.responses.find((r) => r.status === "429")?.headers.find((h) => h.name === "Retry-After");
    expect(retryAfter?.schemaPointer).toMatch(/^#\/components\/responses\/TooManyRequests\/headers\/Retry-After\/schema$/);
    expect(spec.acceptsText(retryAfter!.schemaPointer, "30")).toBe(true);
    expect(spec.acceptsText(retryAfter!.schemaPointer, "Wed, 21 Oct 2026 07:28:00 GMT")).toBe(true);
    expect(spec.acceptsText(retryAfter!.schemaPointer, "soon")).toBe(false);
  });

  it("reads text from a path or a query as the schema's type would take it", () => {
    const id = spec.operation("getRecording")!.parameters.find((p) => p.name === "id")!.schemaPointer;
    for (const text of ["125", "018f3a2b-7c4d-7e5f-9a6b-1c2d3e4f5a6b"]) expect(spec.acceptsText(id, text), text).toBe(true);
    for (const text of ["0", "abc", "12.5", ""]) expect(spec.acceptsText(id, text), text).toBe(false);
    const perPage = spec.operation("listRecordings")!.parameters.find((p) => p.name === "per_page")!.schemaPointer;
    expect(["1", "100", "101", "1.5", "ten"].map((text) => spec.acceptsText(perPage, text))).toEqual([true, true, false, false, false]);
  });

  it("tells the success a creation is expected to answer from one the spec only tolerates", () => {
    const statuses = (id: string) => spec.operation(id)!.responses.filter((r) => r.status.startsWith("2"));
    expect(statuses("createProject").map((r) => [r.status, r.tolerated])).toEqual([["200", true], ["201", false]]);
    expect(statuses("addVirtualNumberOperator").map((r) => [r.status, r.tolerated])).toEqual([["200", false], ["201", true]]);
    expect(statuses("listVirtualNumbers").every((r) => !r.tolerated)).toBe(true);
  });

  it("merges path-level parameters with the operation's, the operation's winning", () => {
    const [operation] = createSpecModel(fixture).operations;
    expect(operation?.parameters.map((p) => `${p.in} ${p.name} ${p.description ?? ""}`)).toEqual(["path id ", "query view operation-level"]);
  });

  it("reads the idempotency key the upload declares, and says which requests are safe to repeat", () => {
    const upload = spec.operation("createRecording")!;
    expect(upload.idempotencyKey).toBe("external_id");
    expect(spec.isSafeToRepeat({ operation: upload, bodyFields: ["file", "external_id"] })).toBe(true);
    expect(spec.isSafeToRepeat({ operation: upload, bodyFields: ["file"] })).toBe(false);
    expect(spec.isSafeToRepeat({ operation: spec.operation("createProject")!, bodyFields: ["external_id"] })).toBe(false);
    expect(spec.isSafeToRepeat({ operation: spec.operation("deleteRecording")! })).toBe(true);
  });
});

describe("references", () => {
  it("follows a chain to its target and names where it ended", () => {
    const raw = (spec.document.paths["/recordings/{id}"]!.get as { responses: Record<string, unknown> }).responses["404"];
    expect(raw).toHaveProperty("$ref");
    const { pointer } = spec.resolveRef(raw, "#/paths/~1recordings~1{id}/get/responses/404");
    expect(pointer).toMatch(/^#\/components\/responses\//);
    expect(spec.operation("getRecording")!.responses.find((r) => r.status === "404")!.pointer).toBe(pointer);
  });

  it("names a dangling reference, a remote one and a cycle", () => {
    expect(() => resolveRef(fixture, { $ref: "#/components/schemas/Nope" })).toThrow("The spec has no target for $ref #/components/schemas/Nope");
    expect(() => resolveRef(fixture, { $ref: "other.yaml#/x" })).toThrow("Only local $refs are read, found other.yaml#/x");
    const looping: OpenApiDocument = {
      openapi: "3.1.0",
      paths: { "/loop": { get: { operationId: "loop", responses: { "200": { $ref: "#/components/responses/A" } } } } },
      components: { responses: { A: { $ref: "#/components/responses/B" }, B: { $ref: "#/components/responses/A" } } },
    };
    expect(() => createSpecModel(looping)).toThrow("A $ref chain from #/paths/~1loop/get/responses/200 is longer than 64 hops (a cycle?)");
  });
});

describe("named examples", () => {
  it("gives a documented example's value by its name, and undefined for a name the spec lacks", () => {
    const list = spec.namedExample("VirtualNumberSummaryList") as { data: unknown[] };
    expect(list.data.length).toBeGreaterThan(0);
    const listed = spec.operation("listVirtualNumbers")!.responses.find((r) => r.status === "200")!.content[0]!.examples;
    expect(listed.map((example) => example.value)).toContainEqual(list);
    expect(spec.namedExample("NoSuchExample")).toBeUndefined();
    expect(createSpecModel({ ...fixture, components: {} }).namedExample("Both")).toBeUndefined();
  });
});

describe("matching a request to its operation", () => {
  it("prefers a literal path to a templated one, and reads path parameters", () => {
    expect(spec.match("GET", "/virtual_numbers/available")?.operation.operationId).toBe("listAvailableVirtualNumbers");
    expect(spec.match("get", "/virtual_numbers/7")).toMatchObject({ operation: { operationId: "getVirtualNumber" }, pathParams: { id: "7" } });
    expect(spec.match("DELETE", "/recordings/a%20b/")?.pathParams).toEqual({ id: "a b" });
    expect(spec.match("GET", "/api/v1/public/projects", "/api/v1/public")?.operation.operationId).toBe("listProjects");
    expect(spec.match("PUT", "/projects")).toBeUndefined();
    expect(spec.match("GET", "/recordings/%E0%A4%A")).toBeUndefined();
  });
});

describe("form fields", () => {
  it("tells file parts from text, base64 being text", () => {
    const schemas = fixture.components!.schemas as Record<string, Record<string, unknown>>;
    const upload = schemas.Upload!.properties as Record<string, never>;
    expect(Object.keys(upload).filter((name) => isFileSchema(upload[name]!))).toEqual(["file", "audio"]);
  });

  it("reads the upload form with the accepted file types", () => {
    const media = spec.operation("createRecording")!.requestBody!.content[0]!;
    const fields = spec.formFields(media);
    const file = fields.find((f) => f.name === "file");
    expect(file).toMatchObject({ isFile: true, required: true });
    expect(file?.contentTypes).toContain("audio/wav");
    expect(fields.filter((f) => f.isFile).map((f) => f.name)).toEqual(["file"]);
  });
});

describe("sample values", () => {
  it("prefers what the spec shows, then the default, then the first allowed value", () => {
    expect(sampleValue(fixture, { $ref: "#/components/schemas/Both" })).toBe("from-example");
    expect(sampleValue(fixture, { $ref: "#/components/schemas/DefaultFirst" })).toBe("from-default");
    expect(sampleValue(fixture, { type: "string", enum: [null, "a"] })).toBe("a");
    expect(sampleValue(fixture, { type: "object", required: ["n"], properties: { n: { type: "integer", minimum: 5 } } })).toEqual({ n: 5 });
  });

  it("gives every operation's request body schema a value that validates", () => {
    for (const operation of spec.operations) {
      for (const media of operation.requestBody?.content ?? []) {
        if (media.mediaType !== "application/json") continue;
        expect(spec.validate(media.schemaPointer, spec.sampleValue(media.schema)), operation.operationId).toEqual([]);
      }
    }
  });
});

describe("validation", () => {
  it("accepts every documented response example and names each problem with its JSON path", () => {
    for (const operation of spec.operations) {
      for (const response of operation.responses) {
        for (const media of response.content) {
          for (const example of media.examples) expect(spec.validate(media.schemaPointer, example.value), example.pointer).toEqual([]);
        }
      }
    }
    const list = spec.operation("listVirtualNumbers")!.responses.find((r) => r.status === "200")!.content[0]!;
    const problems = spec.validate(list.schemaPointer, { data: [{ id: "seven" }] });
    expect(problems.map((p) => p.path)).toContain("/data/0/id");
  });

  it("checks formats (a uuid that is not one fails)", () => {
    const at = spec.operation("getRecording")!.responses.find((r) => r.status === "200")!.content[0]!;
    // The current example carries public_id, a uuid; the test must not pass by finding none.
    const withUuid = at.examples.find((e) => "public_id" in (e.value as { data: object }).data);
    expect(withUuid).toBeDefined();
    const example = structuredClone(withUuid!.value) as { data: Record<string, unknown> };
    expect(spec.validate(at.schemaPointer, example)).toEqual([]);
    example.data.public_id = "not-a-uuid";
    expect(spec.validate(at.schemaPointer, example).map((p) => p.message).join()).toMatch(/must match format "uuid"/);
  });

  it("reads parameter text as the schema's type", () => {
    const id = spec.operation("getVirtualNumber")!.parameters.find((p) => p.name === "id")!;
    expect(spec.acceptsText(id.schemaPointer, "7")).toBe(true);
    expect(spec.acceptsText(id.schemaPointer, "seven")).toBe(false);
  });
});

describe("in a browser", () => {
  it("bundles for the browser without Node's modules", async () => {
    const result = await build({
      entryPoints: [new URL("../dist/model/index.js", import.meta.url).pathname],
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      logLevel: "silent",
    });
    const code = result.outputFiles[0]!.text;
    expect(code).not.toMatch(/from\s*"node:/);
    expect(code).toContain("x-idempotency-key");
    expect(readFileSync(new URL("../dist/model/index.js", import.meta.url), "utf8")).not.toContain("node:fs");
  });
});
