// The fixture factories (`@identitycall/mock/fixtures`): defaults from the documented examples that fit the
// schemas, overrides, schema checks with readable errors, lifecycle states, fresh objects and ids, pages whose
// meta agrees with itself. The `@ts-expect-error` lines are checked by the package's `tsc --noEmit` (lint).
import { readFileSync } from "node:fs";
import type { components } from "@identitycall/client";
import { beforeEach, describe, expect, expectTypeOf, it } from "vitest";
import { bundledSpec } from "../src/bundled-spec.js";
import {
  availableNumber,
  envelope,
  errorBody,
  operator,
  operatorDetail,
  project,
  projectDetail,
  publicIdFor,
  recording,
  recordingDetail,
  recordingPage,
  recordingResults,
  recordingSummary,
  recordingUpload,
  resetFixtureIds,
  transcription,
  validationErrors,
  virtualNumber,
  virtualNumberDetail,
} from "../src/fixtures/index.js";

type Schemas = components["schemas"];

// The same model the factories use: one reading of the bundle per worker.
const spec = bundledSpec();
const schema = (name: keyof Schemas) => `#/components/schemas/${name}`;

/** The `data` of a documented 2xx example (the first item for a list). */
function documented(operationId: string, status: string, example: string, item = false): Record<string, unknown> {
  const media = spec.operation(operationId)?.responses.find((r) => r.status === status)?.content.find((c) => c.mediaType === "application/json");
  const value = (media?.examples.find((e) => e.name === example)?.value as { data: unknown } | undefined)?.data;
  return (item ? (value as unknown[])[0] : value) as Record<string, unknown>;
}

const without = (value: object, ...keys: string[]) => Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)));

beforeEach(() => resetFixtureIds());

describe("defaults", () => {
  const factories: [string, () => unknown, keyof Schemas][] = [
    ["recording", () => recording(), "RecordingListItem"],
    ["recordingDetail", () => recordingDetail(), "RecordingDetail"],
    ["recordingPage", () => recordingPage(), "RecordingList"],
    ["recordingUpload", () => recordingUpload(), "RecordingUploadResult"],
    ["transcription", () => transcription(), "RecordingTranscription"],
    ["recordingResults", () => recordingResults(), "RecordingResults"],
    ["recordingSummary", () => recordingSummary(), "RecordingSummary"],
    ["project", () => project(), "ProjectSummary"],
    ["projectDetail", () => projectDetail(), "ProjectDetail"],
    ["operator", () => operator(), "OperatorSummary"],
    ["operatorDetail", () => operatorDetail(), "OperatorDetail"],
    ["virtualNumber", () => virtualNumber(), "VirtualNumberSummary"],
    ["virtualNumberDetail", () => virtualNumberDetail(), "VirtualNumberDetail"],
    ["availableNumber", () => availableNumber(), "AvailableVirtualNumber"],
    ["errorBody", () => errorBody(), "ErrorResponse"],
    ["validationErrors", () => validationErrors(), "ValidationErrorResponse"],
  ];

  it.each(factories)("%s() fits %s", (_name, make, name) => {
    expect(spec.validate(schema(name), make())).toEqual([]);
  });

  it.each(["pending", "processing", "completed", "failed"] as const)("recording and recordingDetail in state %s fit their schemas", (status) => {
    expect(spec.validate(schema("RecordingListItem"), recording({ status }))).toEqual([]);
    expect(spec.validate(schema("RecordingDetail"), recordingDetail({ status }))).toEqual([]);
    expect(spec.validate(schema("RecordingUploadResult"), recordingUpload({ status }))).toEqual([]);
  });

  it("come from the documented examples (the identifying fields aside)", () => {
    const identity = ["id", "public_id", "external_id"];
    expect(without(recording(), ...identity)).toEqual(without(documented("listRecordings", "200", "current", true), ...identity));
    expect(without(recordingDetail(), ...identity)).toEqual(without(documented("getRecording", "200", "current"), ...identity));
    expect(without(recordingDetail({ status: "pending" }), ...identity)).toEqual(without(documented("getRecording", "200", "pending"), ...identity));
    expect(without(recordingUpload(), ...identity)).toEqual(without(documented("createRecording", "201", "current"), ...identity));
    expect(transcription()).toEqual(documented("getRecordingTranscription", "200", "documented"));
    expect(recordingResults()).toEqual(documented("getRecordingResults", "200", "current"));
    expect(recordingSummary()).toEqual(documented("getRecordingSummary", "200", "documented"));
    expect(without(project(), "id")).toEqual(without(documented("listProjects", "200", "documented", true), "id"));
    expect(without(projectDetail(), "id")).toEqual(without(documented("getProject", "200", "documented"), "id"));
    expect(without(operator(), "id")).toEqual(without(documented("listOperators", "200", "documented", true), "id"));
    expect(without(operatorDetail(), "id")).toEqual(without(documented("getOperator", "200", "documented"), "id"));
    expect(without(virtualNumber(), "id")).toEqual(without(documented("listVirtualNumbers", "200", "documented", true), "id"));
    expect(without(virtualNumberDetail(), "id")).toEqual(without(documented("getVirtualNumber", "200", "documented"), "id"));
    expect(without(availableNumber(), "phone_number")).toEqual(without(documented("listAvailableVirtualNumbers", "200", "documented", true), "phone_number"));
    expect(errorBody()).toEqual({ error: "Resource not found" });
    const invalidValues = spec.operation("updateRecording")!.responses.find((r) => r.status === "422")!.content[0]!.examples.find((e) => e.name === "invalidValues");
    expect(validationErrors().errors.length).toBeGreaterThan(0);
    expect(validationErrors()).toEqual(invalidValues?.value);
  });

  it("the default page holds fresh copies of the documented list's recordings", () => {
    const page = recordingPage();
    const names = (documented("listRecordings", "200", "current") as unknown as { name: string }[]).map((r) => r.name);
    expect(page.data.map((r) => r.name)).toEqual(names);
    expect(page.meta).toEqual({ current_page: 1, per_page: 20, total_pages: 1, total_count: names.length });
    expect(new Set(page.data.map((r) => r.id)).size).toBe(names.length);
  });
});

describe("overrides", () => {
  it("replace the fields they name, nested values as a whole", () => {
    const made = recording({ name: "Renewal call", speakers: ["Agent"], goal_achievement: 50 });
    expect(made).toMatchObject({ name: "Renewal call", speakers: ["Agent"], goal_achievement: 50, status: "completed" });
    const stats = { total_calls: 1, answered_calls: 1, missed_calls: 0, average_duration_seconds: 30 };
    expect(virtualNumberDetail({ stats, recent_calls: [] })).toMatchObject({ stats, recent_calls: [] });
    expect(projectDetail({ id: 9, name: "Claims" })).toMatchObject({ id: 9, name: "Claims" });
    expect(errorBody("Write permission required")).toEqual({ error: "Write permission required" });
    expect(validationErrors(["name is required"])).toEqual({ errors: ["name is required"] });
  });

  it("leave out an optional field overridden with undefined", () => {
    const legacy = recordingUpload({ public_id: undefined });
    expect("public_id" in legacy).toBe(false);
    expect(legacy.id).toBe(1);
    const current = recordingUpload({ id: undefined });
    expect("id" in current).toBe(false);
    expect(current.public_id).toMatch(/^[0-9a-f-]{36}$/);
    expect("public_id" in recording({ public_id: undefined })).toBe(false);
  });

  it("envelope() wraps a value in the API's data envelope without copying it", () => {
    const detail = recordingDetail();
    const body = envelope(detail);
    expect(body.data).toBe(detail);
    expectTypeOf(body).toEqualTypeOf<{ data: Schemas["RecordingDetail"] }>();
    expectTypeOf(body).toExtend<Schemas["RecordingDetailResponse"]>();
    expect(spec.validate(schema("RecordingDetailResponse"), body)).toEqual([]);
    const list = envelope([project(), project()]);
    expectTypeOf(list).toExtend<Schemas["ProjectSummaryList"]>();
    expect(spec.validate(schema("ProjectSummaryList"), list)).toEqual([]);
  });
});

describe("a result that breaks the schema", () => {
  it("throws a TypeError naming the factory, the path, the problem, the value and what to do", () => {
    let error: unknown;
    try {
      recording({ duration_ms: -5 });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(TypeError);
    const message = (error as TypeError).message;
    expect(message).toContain("recording(): the result does not fit the spec's schema RecordingListItem (#/components/schemas/RecordingListItem)");
    expect(message).toContain("  - /duration_ms: must be >= 0 (got -5)");
    expect(message).toContain("Change or drop the overrides at these paths");
  });

  it("names every problem, nested ones by their full path", () => {
    const broken = { ...transcription().dialogues[0]!, start_ms: -1, speaker: 7 } as unknown as Schemas["Dialogue"];
    expect(() => transcription({ dialogues: [broken] })).toThrow(/transcription\(\)[\s\S]*\/dialogues\/0\/speaker: must be string \(got 7\)[\s\S]*\/dialogues\/0\/start_ms: must be >= 0/);
    expect(() => virtualNumber({ phone_number: "555-1234", country_code: "usa" })).toThrow(/\/phone_number: must match pattern[\s\S]*\/country_code: must match pattern/);
  });

  it("a required field overridden with undefined is reported missing", () => {
    expect(() => recording({ name: undefined })).toThrow(/recording\(\)[\s\S]*\(the whole value\): must have required property 'name'/);
  });

  it("also from untyped callers: a value outside an enum, overrides that are not an object", () => {
    expect(() => recordingDetail({ status: "done" } as unknown as Partial<Schemas["RecordingDetail"]>)).toThrow(/recordingDetail\(\)[\s\S]*\/status: must be equal to one of the allowed values \(got "done"\)/);
    expect(() => recording("pending" as never)).toThrow(new TypeError('recording(overrides): overrides must be an object of fields to replace, got "pending".'));
    expect(() => validationErrors([])).toThrow(/validationErrors\(\)[\s\S]*\/errors: must NOT have fewer than 1 items/);
    expect(() => recordingUpload({ id: undefined, public_id: undefined })).toThrow(/recordingUpload\(\)[\s\S]*must have required property 'id'[\s\S]*must have required property 'public_id'/);
  });

  it("a page names the item by its place in data", () => {
    const bad = { ...recording(), goal_achievement: 140 };
    expect(() => recordingPage([recording(), bad])).toThrow(/recordingPage\(\)[\s\S]*\/data\/1\/goal_achievement: must be <= 100 \(got 140\)/);
    expect(() => recordingPage([], { per_page: 500 })).toThrow(/\/meta\/per_page: must be <= 100 \(got 500\)/);
  });
});

describe("lifecycle states", () => {
  it.each(["pending", "processing", "failed"] as const)("a %s recording has nothing measured yet", (status) => {
    expect(recording({ status })).toMatchObject({ status, duration_ms: null, goal_achievement: null, speakers: [] });
    expect(recordingDetail({ status })).toMatchObject({
      status,
      duration_ms: null,
      dialogues_count: 0,
      goals_evaluated: false,
      keywords_detected: 0,
      pauses_detected: 0,
    });
  });

  it("a completed recording has its figures", () => {
    const item = recording({ status: "completed" });
    expect(item.duration_ms).toBeGreaterThan(0);
    expect(item.goal_achievement).toEqual(expect.any(Number));
    expect(item.speakers.length).toBeGreaterThan(0);
    const detail = recordingDetail();
    expect(detail).toMatchObject({ status: "completed", goals_evaluated: true });
    expect(detail.duration_ms).toBeGreaterThan(0);
    expect(detail.dialogues_count).toBeGreaterThan(0);
  });

  it("fields the caller names still win over the state's defaults", () => {
    expect(recording({ status: "failed", duration_ms: 1200 })).toMatchObject({ status: "failed", duration_ms: 1200, speakers: [] });
    expect(recordingDetail({ status: "processing", dialogues_count: 3 }).dialogues_count).toBe(3);
  });

  it("an upload answers pending; a repeated upload the recording's current state", () => {
    expect(recordingUpload().status).toBe("pending");
    expect(recordingUpload({ status: "completed" }).status).toBe("completed");
  });
});

describe("fresh objects", () => {
  it("no two calls share an object, and the overrides passed in are copied", () => {
    const first = recording();
    first.speakers.push("Intruder");
    first.name = "changed";
    expect(recording().speakers).toEqual(["Agent", "Customer"]);
    expect(recording().name).toBe("call-recording.mp3");

    const detail = virtualNumberDetail();
    detail.operators.length = 0;
    expect(virtualNumberDetail().operators.length).toBeGreaterThan(0);

    const speakers = ["Agent"];
    const made = recording({ speakers });
    made.speakers.push("Customer");
    expect(speakers).toEqual(["Agent"]);

    const items = [recording()];
    const page = recordingPage(items);
    expect(page.data[0]).not.toBe(items[0]);
    expect(page.data[0]).toEqual(items[0]);
  });
});

describe("ids", () => {
  it("every call without an id gets its own id, public_id and external_id", () => {
    const list = [recording(), recording({ status: "pending" }), recordingDetail(), recordingUpload(), recording()];
    expect(list.map((r) => r.id)).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(list.map((r) => r.public_id)).size).toBe(5);
    expect(new Set(list.map((r) => r.external_id)).size).toBe(5);
    for (const r of list) expect(r.public_id).toBe(publicIdFor(r.id!));
    expect(list[0]!.public_id).toBe("018f0000-0000-7000-8000-000000000001");
  });

  it("an explicit id is kept, its public_id follows it, and the counter moves on only for the others", () => {
    expect(recording({ id: 125 })).toMatchObject({ id: 125, public_id: publicIdFor(125), external_id: "crm-call-abc-125" });
    expect(recording().id).toBe(1);
    expect(recording({ public_id: "018f3a2b-7c4d-7e5f-9a6b-1c2d3e4f5a6b" })).toMatchObject({ id: 2, public_id: "018f3a2b-7c4d-7e5f-9a6b-1c2d3e4f5a6b" });
  });

  it("each kind of resource counts on its own; resetFixtureIds() starts them all again", () => {
    expect([project().id, project().id, projectDetail().id]).toEqual([1, 2, 3]);
    expect([operator().id, operatorDetail().id]).toEqual([1, 2]);
    expect([virtualNumber().id, virtualNumberDetail().id]).toEqual([1, 2]);
    expect([availableNumber().phone_number, availableNumber().phone_number]).toEqual(["+15550000001", "+15550000002"]);
    expect(recording().id).toBe(1);
    resetFixtureIds();
    expect([recording().id, project().id, availableNumber().phone_number]).toEqual([1, 1, "+15550000001"]);
  });
});

describe("recordingPage", () => {
  const three = () => [recording(), recording(), recording()];

  it("slices the whole collection: 3 items at 2 per page are 2 pages", () => {
    const items = three();
    const first = recordingPage(items, { per_page: 2 });
    expect(first.meta).toEqual({ current_page: 1, per_page: 2, total_pages: 2, total_count: 3 });
    expect(first.data.map((r) => r.id)).toEqual([1, 2]);
    const second = recordingPage(items, { per_page: 2, current_page: 2 });
    expect(second.meta).toEqual({ current_page: 2, per_page: 2, total_pages: 2, total_count: 3 });
    expect(second.data.map((r) => r.id)).toEqual([3]);
    expect(recordingPage(items, { per_page: 2, current_page: 3 }).data).toEqual([]);
  });

  it("uses the API's default page size", () => {
    const items = Array.from({ length: 25 }, () => recording());
    const page = recordingPage(items);
    expect(page.meta).toEqual({ current_page: 1, per_page: 20, total_pages: 2, total_count: 25 });
    expect(page.data).toHaveLength(20);
  });

  it("an empty collection has no pages", () => {
    expect(recordingPage([])).toEqual({ data: [], meta: { current_page: 1, per_page: 20, total_pages: 0, total_count: 0 } });
  });

  it("with total_count, the items are that page's own", () => {
    const page = recordingPage([recording(), recording()], { per_page: 2, current_page: 3, total_count: 9 });
    expect(page.meta).toEqual({ current_page: 3, per_page: 2, total_pages: 5, total_count: 9 });
    expect(page.data).toHaveLength(2);
    expect(recordingPage([recording()], { per_page: 2, current_page: 5, total_count: 9 }).meta.total_pages).toBe(5);
  });

  it("refuses a meta that cannot agree with itself or with the items", () => {
    expect(() => recordingPage(three(), { per_page: 2, total_pages: 3 })).toThrow(
      new TypeError(
        "recordingPage(): meta.total_pages 3 disagrees with 3 recordings at 2 per page (2 pages). Leave total_pages out: it is worked out from total_count and per_page.",
      ),
    );
    expect(() => recordingPage(three(), { per_page: 2, total_count: 10 })).toThrow(/page 1 of 10 recordings at 2 per page holds 2, but 3 items were given/);
    expect(() => recordingPage([recording()], { per_page: 2, current_page: 1, total_count: 9 })).toThrow(TypeError);
    expect(() => recordingPage("all" as never)).toThrow(/items must be a list of recordings/);
  });
});

describe("types", () => {
  it("results are the schema types, overrides are checked at compile time", () => {
    expectTypeOf(recording()).toEqualTypeOf<Schemas["RecordingListItem"]>();
    expectTypeOf(recordingDetail()).toEqualTypeOf<Schemas["RecordingDetail"]>();
    expectTypeOf(recordingPage()).toEqualTypeOf<Schemas["RecordingList"]>();
    expectTypeOf(recordingUpload()).toEqualTypeOf<Schemas["RecordingUploadResult"]>();
    expectTypeOf(transcription()).toEqualTypeOf<Schemas["RecordingTranscription"]>();
    expectTypeOf(recordingResults()).toEqualTypeOf<Schemas["RecordingResults"]>();
    expectTypeOf(recordingSummary()).toEqualTypeOf<Schemas["RecordingSummary"]>();
    expectTypeOf(project()).toEqualTypeOf<Schemas["ProjectSummary"]>();
    expectTypeOf(projectDetail()).toEqualTypeOf<Schemas["ProjectDetail"]>();
    expectTypeOf(operator()).toEqualTypeOf<Schemas["OperatorSummary"]>();
    expectTypeOf(operatorDetail()).toEqualTypeOf<Schemas["OperatorDetail"]>();
    expectTypeOf(virtualNumber()).toEqualTypeOf<Schemas["VirtualNumberSummary"]>();
    expectTypeOf(virtualNumberDetail()).toEqualTypeOf<Schemas["VirtualNumberDetail"]>();
    expectTypeOf(availableNumber()).toEqualTypeOf<Schemas["AvailableVirtualNumber"]>();
    expectTypeOf(errorBody()).toEqualTypeOf<Schemas["ErrorResponse"]>();
    expectTypeOf(validationErrors()).toEqualTypeOf<Schemas["ValidationErrorResponse"]>();

    // Each line below must fail to compile (tsc, run by the package's lint); at run time the schema check catches it.
    // @ts-expect-error "pendng" is not a RecordingStatus
    expect(() => recording({ status: "pendng" })).toThrow(/\/status: must be equal to one of the allowed values/);
    // @ts-expect-error duration_ms is a number
    expect(() => recordingDetail({ duration_ms: "185000" })).toThrow(/\/duration_ms: must be integer,null/);
    // @ts-expect-error RecordingListItem has no field "duration"
    expect(() => recording({ duration: 5 })).not.toThrow(); // the schemas are open: unknown fields pass at run time
    // @ts-expect-error routing_strategy is one of priority, round_robin, simultaneous or null
    expect(() => virtualNumberDetail({ routing_strategy: "random" })).toThrow(/\/routing_strategy/);
    // @ts-expect-error the items of a page are recordings
    expect(() => recordingPage([project()])).toThrow(/recordingPage\(\)/);
    // @ts-expect-error errorBody takes the message, not a body
    expect(() => errorBody({ error: "x" })).toThrow(/\/error: must be string/);
  });
});

describe("browser bundles", () => {
  it("the fixtures import no Node built-ins and read the spec only through the browser-safe model", () => {
    // Every module the fixtures load, followed through relative imports from their entry point.
    const seen = new Set<string>();
    const pending = [new URL("../src/fixtures/index.ts", import.meta.url).href];
    while (pending.length > 0) {
      const file = pending.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const source = readFileSync(new URL(file), "utf8");
      const imports = [...source.matchAll(/(?:from|import)\s*["']([^"']+)["']/g)].map((match) => match[1]!);
      for (const specifier of imports) {
        if (specifier.startsWith(".")) {
          pending.push(new URL(specifier.replace(/\.js$/, ".ts"), file).href);
          continue;
        }
        expect(specifier, `${file} imports ${specifier}`).toMatch(/^(@identitycall\/client|@identitycall\/openapi\/model|@identitycall\/openapi\/openapi\.json)$/);
      }
    }
    expect(seen.size).toBeGreaterThan(5);
  });
});
