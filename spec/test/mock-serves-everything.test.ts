import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operations, parametersOf, resolve, type Operation } from "./bundle.js";
import { startPrism } from "./prism-server.js";
import { validateAt } from "./schema-validator.js";

type Node = Record<string, unknown>;

const API_KEY = "idc_0123456789abcdefghijABCDEFGHIJ01";

/** The first example value of a parameter. */
function exampleOf(parameter: Node): unknown {
  if ("example" in parameter) return parameter.example;
  const first = Object.values((parameter.examples as Node | undefined) ?? {})[0];
  if (first === undefined) throw new Error(`parameter ${String(parameter.name)} has no example to call the mock with`);
  return resolve(first, "").node.value;
}

/** A request that Prism accepts: path and required query parameters and the body from the spec's examples. */
function requestFor(op: Operation): { url: string; init: RequestInit } {
  let path = op.path;
  const query = new URLSearchParams();
  for (const { node } of parametersOf(op)) {
    if (node.in === "path") path = path.replace(`{${String(node.name)}}`, encodeURIComponent(String(exampleOf(node))));
    else if (node.in === "query" && node.required) query.set(String(node.name), String(exampleOf(node)));
  }
  const headers: Record<string, string> = { Authorization: `Bearer ${API_KEY}` };
  let body: string | undefined;
  if (op.node.requestBody) {
    const json = (resolve(op.node.requestBody, "").node.content as Node)["application/json"] as Node;
    const example = Object.values(json.examples as Node)[0];
    body = JSON.stringify(resolve(example, "").node.value);
    headers["Content-Type"] = "application/json";
  }
  const search = query.size > 0 ? `?${query.toString()}` : "";
  return { url: `${path}${search}`, init: { method: op.method.toUpperCase(), headers, body } };
}

interface Documented {
  status: string;
  schemaPointer?: string;
  examples: unknown[];
  headers: string[];
}

function documentedResponses(op: Operation): Documented[] {
  return Object.entries(op.node.responses as Node).map(([status, raw]) => {
    const { node, pointer } = resolve(raw, `${op.pointer}/responses/${status}`);
    const json = (node.content as Node | undefined)?.["application/json"] as Node | undefined;
    return {
      status,
      schemaPointer: json ? resolve(json.schema, `${pointer}/content/application~1json/schema`).pointer : undefined,
      examples: Object.values((json?.examples as Node | undefined) ?? {}).map((e) => resolve(e, "").node.value),
      headers: Object.keys((node.headers as Node | undefined) ?? {}),
    };
  });
}

const isMultipart = (op: Operation) =>
  Boolean(op.node.requestBody && "multipart/form-data" in ((resolve(op.node.requestBody, "").node.content as Node) ?? {}));

const served = operations().filter((op) => !isMultipart(op));
const cases = served.flatMap((op) =>
  documentedResponses(op)
    .filter((r) => /^[45]/.test(r.status))
    .map((r) => [`${String(op.node.operationId)} ${r.status}`, op, r] as const),
);

let mock: { url: string; close(): Promise<void> };
beforeAll(async () => {
  mock = await startPrism();
});
afterAll(async () => {
  await mock?.close();
});

describe("the mock (Prism on the bundle) serves every operation but the multipart upload", () => {
  it("covers all operations of the spec except the upload", () => {
    expect(operations().filter(isMultipart).map((op) => op.node.operationId)).toEqual(["createRecording"]);
    expect(served.length).toBe(operations().length - 1);
  });

  it.each(served.map((op) => [String(op.node.operationId), op] as const))(
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
