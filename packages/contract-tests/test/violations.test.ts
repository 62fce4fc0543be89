import { describe, expect, it } from "vitest";
import { findViolations, jsonPath, type Answer } from "../src/pipeline/violations.js";
import { documentedResponse, readSuiteSpec, statusResponses } from "../src/spec/suite-spec.js";

const spec = readSuiteSpec();
const operation = (id: string) => spec.operation(id)!;

/** An answer as the documented example of (operation, status) would come over the wire. */
function documented(operationId: string, status: number, exampleIndex = 0): Answer {
  const response = documentedResponse(operation(operationId), status)!;
  const media = response.content[0];
  const headers = new Headers(media ? { "content-type": media.mediaType } : {});
  for (const header of response.headers) if (header.required) headers.set(header.name, String(spec.sampleValue(header.schema)));
  return { status, headers, body: media?.examples[exampleIndex]?.value };
}

const recordingsPage = () => structuredClone(documented("listRecordings", 200).body) as { data: Record<string, unknown>[] };
const json = (status: number, body: unknown, extra: Record<string, string> = {}): Answer => ({
  status,
  headers: new Headers({ "content-type": "application/json", ...extra }),
  body,
});

describe("the judge of live answers", () => {
  it("passes every documented example of every operation and status", () => {
    let judged = 0;
    for (const op of spec.operations) {
      for (const response of statusResponses(op)) {
        for (const media of response.content) {
          for (const example of media.examples) {
            const headers = new Headers({ "content-type": media.mediaType });
            for (const header of response.headers) if (header.required) headers.set(header.name, String(spec.sampleValue(header.schema)));
            expect(findViolations(spec, op, { status: response.code, headers, body: example.value }), `${op.operationId} ${response.code} ${example.name}`).toEqual([]);
            judged += 1;
          }
        }
      }
    }
    expect(judged).toBeGreaterThan(100);
  });

  it("calls a missing required field a broken contract, with its JSON path", () => {
    const page = recordingsPage();
    delete page.data[0]!["status"];
    expect(findViolations(spec, operation("listRecordings"), json(200, page))).toEqual([
      { where: "$.data[0]", message: "must have required property 'status'", kind: "broke-contract", count: 1 },
    ]);
  });

  it("calls a null where the spec allows none unforeseen, and tells it once for many items alike", () => {
    const page = recordingsPage();
    for (const item of page.data) item["name"] = null;
    const violations = findViolations(spec, operation("listRecordings"), json(200, page));
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatchObject({ where: "$.data[0].name", message: "is null: must be string", kind: "unforeseen", count: page.data.length });
  });

  it("calls an undocumented status unforeseen, naming the documented ones", () => {
    const [violation] = findViolations(spec, operation("listVirtualNumbers"), json(502, { error: "Bad gateway" }));
    expect(violation).toMatchObject({ where: "status", kind: "unforeseen" });
    expect(violation!.message).toMatch(/^502 is not documented for listVirtualNumbers \(documented: 200, 401, 403, 429, 500\)$/);
  });

  it("calls a success labelled with another media type a broken contract", () => {
    const answer = { ...documented("listVirtualNumbers", 200), headers: new Headers({ "content-type": "text/html; charset=utf-8" }) };
    expect(findViolations(spec, operation("listVirtualNumbers"), answer)).toEqual([
      { where: "Content-Type", message: 'is "text/html", but the spec documents application/json for 200', kind: "broke-contract", count: 1 },
    ]);
  });

  it("accepts a gateway's HTML page and an empty body on 429 and 500, and both forms of Retry-After", () => {
    const op = operation("listVirtualNumbers");
    const html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    expect(findViolations(spec, op, { status: 500, headers: new Headers({ "content-type": "text/html" }), body: html })).toEqual([]);
    for (const retryAfter of ["30", "Wed, 21 Oct 2026 07:28:00 GMT"]) {
      expect(findViolations(spec, op, { status: 429, headers: new Headers({ "retry-after": retryAfter }), body: "" }), retryAfter).toEqual([]);
    }
  });

  it("calls a 429 without Retry-After, or with one of neither form, a broken contract", () => {
    const op = operation("listVirtualNumbers");
    expect(findViolations(spec, op, json(429, { error: "Too many requests" }))).toEqual([
      { where: "Retry-After", message: "header is missing; the spec requires it with 429", kind: "broke-contract", count: 1 },
    ]);
    expect(findViolations(spec, op, json(429, { error: "Too many requests" }, { "retry-after": "soon" }))).toEqual([
      { where: "Retry-After", message: 'header is "soon", which its schema does not allow', kind: "broke-contract", count: 1 },
    ]);
  });

  it("accepts fields the API added and recordings still being processed", () => {
    const page = recordingsPage();
    page.data[0] = { ...page.data[0], status: "processing", duration_ms: null, goal_achievement: null, added_later: { any: "thing" } };
    expect(findViolations(spec, operation("listRecordings"), json(200, page))).toEqual([]);
  });

  it("writes JSON paths the way people read them", () => {
    expect(jsonPath("")).toBe("$");
    expect(jsonPath("/data/0/duration_ms")).toBe("$.data[0].duration_ms");
    expect(jsonPath("/data/region information/a~1b")).toBe('$.data["region information"]["a/b"]');
  });
});
