// Prism alone, on the bundle as the mock serves it: every operation but the upload (which the mock's own handler
// answers, see recording-upload.test.ts) gets a documented answer, on every documented error status too.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Operation } from "@identitycall/openapi/model";
import { BUNDLED_SPEC_PATH, loadSpec } from "@identitycall/openapi/model/node";
import { startPrism } from "../src/prism-server.js";

const spec = loadSpec();
const validateAt = (schemaPointer: string, value: unknown) =>
  spec.validate(schemaPointer, value).map((problem) => `${problem.path || "(body)"} ${problem.message}`);

const API_KEY = "idc_0123456789abcdefghijABCDEFGHIJ01";

/** The first example value of a parameter. */
function exampleOf(parameter: Operation["parameters"][number]): unknown {
  const first = parameter.examples[0];
  if (first === undefined) throw new Error(`parameter ${parameter.name} has no example to call the mock with`);
  return first.value;
}

/** A request that Prism accepts: path and required query parameters and the body from the spec's examples. */
function requestFor(op: Operation): { url: string; init: RequestInit } {
  let path = op.path;
  const query = new URLSearchParams();
  for (const parameter of op.parameters) {
    if (parameter.in === "path") path = path.replace(`{${parameter.name}}`, encodeURIComponent(String(exampleOf(parameter))));
    else if (parameter.in === "query" && parameter.required) query.set(parameter.name, String(exampleOf(parameter)));
  }
  const headers: Record<string, string> = { Authorization: `Bearer ${API_KEY}` };
  let body: string | undefined;
  const json = op.requestBody?.content.find((media) => media.mediaType === "application/json");
  if (json) {
    body = JSON.stringify(json.examples[0]?.value);
    headers["Content-Type"] = "application/json";
  }
  const search = query.size > 0 ? `?${query.toString()}` : "";
  return { url: `${path}${search}`, init: { method: op.method, headers, body } };
}

interface Documented {
  status: string;
  schemaPointer?: string;
  examples: unknown[];
  headers: string[];
}

function documentedResponses(op: Operation): Documented[] {
  return op.responses.map((response) => {
    const json = response.content.find((media) => media.mediaType === "application/json");
    return {
      status: response.status,
      ...(json ? { schemaPointer: json.schemaPointer } : {}),
      examples: json?.examples.map((example) => example.value) ?? [],
      headers: response.headers.map((header) => header.name),
    };
  });
}

const isMultipart = (op: Operation) => Boolean(op.requestBody?.content.some((media) => media.mediaType === "multipart/form-data"));

const served = spec.operations.filter((op) => !isMultipart(op));
const cases = served.flatMap((op) =>
  documentedResponses(op)
    .filter((r) => /^[45]/.test(r.status))
    .map((r) => [`${op.operationId} ${r.status}`, op, r] as const),
);

let mock: { url: string; close(): Promise<void> };
beforeAll(async () => {
  mock = await startPrism({ specPath: BUNDLED_SPEC_PATH, dynamic: false, seed: undefined });
});
afterAll(async () => {
  await mock?.close();
});

describe("the mock (Prism on the bundle) serves every operation but the multipart upload", () => {
  it("covers all operations of the spec except the upload", () => {
    expect(spec.operations.filter(isMultipart).map((op) => op.operationId)).toEqual(["createRecording"]);
    expect(served.length).toBe(spec.operations.length - 1);
  });

  it.each(served.map((op) => [op.operationId, op] as const))(
    "%s: answers with a documented success and one of its examples",
    async (_id, op) => {
      const { url, init } = requestFor(op);
      const response = await fetch(mock.url + url, init);
      // Prism lists what it found wrong with the request or its own answer in this header.
      expect(response.headers.get("sl-violations")).toBeNull();
      const documented = documentedResponses(op).find((r) => r.status === String(response.status));
      expect(documented?.status, `${init.method} ${url} answered ${response.status}`).toMatch(/^2\d\d$/);
      const text = await response.text();
      if (!documented?.schemaPointer) {
        expect(text).toBe("");
        return;
      }
      const body = JSON.parse(text) as unknown;
      expect(validateAt(documented.schemaPointer, body)).toEqual([]);
      expect(documented.examples).toContainEqual(body);
    },
  );

  it.each(cases)("%s on request (Prefer: code=…), with a body valid against its schema", async (_label, op, documented) => {
    const { url, init } = requestFor(op);
    const headers = { ...(init.headers as Record<string, string>), Prefer: `code=${documented.status}` };
    const response = await fetch(mock.url + url, { ...init, headers });
    expect(response.status).toBe(Number(documented.status));
    expect(response.headers.get("sl-violations")).toBeNull();
    for (const header of documented.headers) expect(response.headers.get(header), header).not.toBeNull();
    const body = (await response.json()) as unknown;
    expect(validateAt(documented.schemaPointer ?? "", body)).toEqual([]);
  });
});
