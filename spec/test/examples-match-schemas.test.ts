import { describe, expect, it } from "vitest";
import { mediaTypeExamples, parameterExamples, spec } from "./bundle.js";
import { validateAt } from "./schema-validator.js";

const bodies = mediaTypeExamples();
const parameters = parameterExamples();

describe("every body example in the spec satisfies the schema it illustrates", () => {
  it("finds request, response and multipart examples to check", () => {
    expect(bodies.some((e) => e.part === "request" && e.mediaType === "application/json")).toBe(true);
    expect(bodies.some((e) => e.mediaType === "multipart/form-data")).toBe(true);
    expect(bodies.some((e) => e.part.startsWith("4"))).toBe(true);
  });

  it.each(bodies.map((e) => [`${e.where} · ${e.name}`, e] as const))("%s", (_label, example) => {
    expect(validateAt(example.schemaPointer, example.value)).toEqual([]);
  });
});

describe("every parameter example satisfies its parameter's schema", () => {
  it("finds parameter examples to check", () => {
    expect(parameters.length).toBeGreaterThan(0);
  });

  it.each(parameters.map((e) => [`${e.where} · ${e.name}`, e] as const))("%s", (_label, example) => {
    expect(validateAt(example.schemaPointer, example.value)).toEqual([]);
  });
});

describe("the validator itself", () => {
  it("rejects a virtual number whose phone number is not E.164", () => {
    const problems = validateAt("#/components/schemas/VirtualNumberSummary", {
      id: 1,
      phone_number: "555-1234",
      name: null,
      country_code: "US",
      active: true,
      ai_receptionist_enabled: false,
      operators: [],
      operators_count: 0,
    });
    expect(problems.join("\n")).toContain("/phone_number");
  });

  it("rejects an upload form without a file and with an empty language", () => {
    const problems = validateAt("#/components/schemas/RecordingUpload", { project_id: "42", language: "" });
    expect(problems.join("\n")).toContain("file");
    expect(problems.join("\n")).toContain("/language");
  });

  // The upload page lists twelve codes but points to a longer list (and the FAQ to 100+ languages).
  it("accepts an upload language outside the twelve the upload page lists", () => {
    expect(validateAt("#/components/schemas/RecordingUpload", { file: "x", language: "lt" })).toEqual([]);
  });

  it("accepts a validation failure that carries both error and errors", () => {
    expect(validateAt("#/components/schemas/ValidationFailure", { error: "Invalid", errors: ["a", "b"] })).toEqual([]);
  });

  // The search hands on the provider's fields: a kind or an extra field we do not list must not be refused.
  it("accepts an offered number with an unlisted kind and an extra field", () => {
    const offered = { phone_number: "+15551234567", number_type: "shared_cost", locality: "Springfield" };
    expect(validateAt("#/components/schemas/AvailableVirtualNumber", offered)).toEqual([]);
  });

  it("accepts a created operator holding only the fields the documentation shows plus active and initials", () => {
    const created = { id: 42, name: "Jane Doe", phone_number: "+15551234567", email: null, active: true, initials: "JD" };
    expect(validateAt("#/components/schemas/OperatorCreated", created)).toEqual([]);
    expect(validateAt("#/components/schemas/OperatorCreated", { id: 42, name: "Jane Doe" }).join("\n")).toContain("active");
  });

  it("accepts an updated project without its settings but not without its counters", () => {
    const short = {
      id: 42, name: "Support", language: "en", industry: null,
      created_at: "2026-04-15T10:00:00Z", updated_at: "2026-04-16T09:05:00Z",
    };
    expect(validateAt("#/components/schemas/ProjectUpdated", { ...short, recordings_count: 0, virtual_numbers_count: 0 })).toEqual([]);
    expect(validateAt("#/components/schemas/ProjectUpdated", short).join("\n")).toContain("recordings_count");
  });

  it("rejects a recording id that is neither a UUID nor a positive integer", () => {
    expect(validateAt("#/components/parameters/RecordingId/schema", "recording-123")).not.toEqual([]);
  });
});

// A recording answers at once with status pending and is measured and evaluated only later (or never, when
// processing fails); the list's status filter offers every state, so listed recordings can be unfinished.
describe("the recording lifecycle", () => {
  const unfinished = {
    id: 129, name: "call.mp3", status: "pending", duration_ms: null, created_at: "2026-04-15T17:01:12Z",
    speakers: [], goal_achievement: null,
  };

  it("accepts a listed recording not yet measured or evaluated: no duration, no speakers, no goal share", () => {
    expect(validateAt("#/components/schemas/RecordingListItem", unfinished)).toEqual([]);
    expect(validateAt("#/components/schemas/RecordingListItem", { ...unfinished, status: "failed" })).toEqual([]);
  });

  it("still refuses a listed recording without the fields or with a share over 100", () => {
    const { duration_ms: _duration, ...withoutDuration } = unfinished;
    expect(validateAt("#/components/schemas/RecordingListItem", withoutDuration).join("\n")).toContain("duration_ms");
    expect(validateAt("#/components/schemas/RecordingListItem", { ...unfinished, goal_achievement: 101 })).not.toEqual([]);
  });

  it("accepts a pending recording's detail without a duration", () => {
    const pending = {
      id: 129, name: "call.mp3", status: "pending", language: "en", duration_ms: null,
      created_at: "2026-04-15T17:01:12Z", updated_at: "2026-04-15T17:01:12Z", dialogues_count: 0,
      goals_evaluated: false, keywords_detected: 0, pauses_detected: 0, audio_attached: true,
    };
    expect(validateAt("#/components/schemas/RecordingDetail", pending)).toEqual([]);
  });

  it("accepts a summary without a goal share (a project without goals) and a pause before the first turn", () => {
    const summary = { recording_id: 1, summary: "A call.", duration_ms: 1000, speakers: ["Agent"], goal_achievement: null };
    expect(validateAt("#/components/schemas/RecordingSummary", summary)).toEqual([]);
    const pause = { start_ms: 0, end_ms: 5200, duration_ms: 5200, compliant: false, after_dialogue_id: null };
    expect(validateAt("#/components/schemas/PauseEvaluation", pause)).toEqual([]);
  });

  it("requires the upload answer to carry public_id or id", () => {
    expect(validateAt("#/components/schemas/RecordingUploadResult", { status: "pending" })).not.toEqual([]);
    expect(validateAt("#/components/schemas/RecordingUploadResult", { id: 125, status: "pending" })).toEqual([]);
    const current = { public_id: "018f3a2b-7c4d-7e5f-9a6b-1c2d3e4f5a6b", status: "pending" };
    expect(validateAt("#/components/schemas/RecordingUploadResult", current)).toEqual([]);
  });

  it("accepts a transcript refusal listing its problems", () => {
    const notReady = spec.operation("getRecordingTranscription")!.responses.find((r) => r.status === "422")!.content[0]!;
    expect(spec.validate(notReady.schemaPointer, { errors: ["Transcription not available"] })).toEqual([]);
  });
});

describe("virtual numbers", () => {
  it("accepts a recent call from a caller without a name, and a number without a routing strategy", () => {
    const call = {
      id: 1, phone_number: "+37069912345", caller_name: null, call_status: "answered", call_duration: 95,
      direction: "inbound", ai_handled: true, transcript_summary: null, created_at: "2026-04-15T08:12:44Z",
    };
    expect(validateAt("#/components/schemas/RecentCall", call)).toEqual([]);
    const detail = {
      id: 7, phone_number: "+15551234567", name: null, country_code: "US", active: true, recording: true,
      routing_strategy: null, ai_receptionist_enabled: false,
      stats: { total_calls: 0, answered_calls: 0, missed_calls: 0, average_duration_seconds: 0 },
      operators: [], available_operators: [], recent_calls: [call],
    };
    expect(validateAt("#/components/schemas/VirtualNumberDetail", detail)).toEqual([]);
    expect(validateAt("#/components/schemas/VirtualNumberDetail", { ...detail, routing_strategy: "random" })).not.toEqual([]);
  });

  // The search hands on the provider's values: only phone_number (E.164) is promised.
  it("accepts an offered number with provider values outside our formats, but not without an E.164 number", () => {
    const offered = {
      phone_number: "+37060012345", country_code: "lt", upfront_cost: "0", monthly_cost: "1.5 EUR",
      region_information: [{ region_name: "Vilnius" }],
    };
    expect(validateAt("#/components/schemas/AvailableVirtualNumber", offered)).toEqual([]);
    expect(validateAt("#/components/schemas/AvailableVirtualNumber", { ...offered, phone_number: "860012345" })).not.toEqual([]);
  });
});

// A gateway or load balancer in front of the API often answers 429 and 500 itself.
describe("gateway answers", () => {
  it("documents an HTML and a plain-text body (empty allowed) next to JSON on every 429 and 500", () => {
    for (const operation of spec.operations) {
      for (const response of operation.responses.filter((r) => r.status === "429" || r.status === "500")) {
        const where = `${operation.operationId} ${response.status}`;
        expect(response.content.map((media) => media.mediaType), where).toEqual(["application/json", "text/html", "text/plain"]);
        const plain = response.content.find((media) => media.mediaType === "text/plain")!;
        expect(spec.validate(plain.schemaPointer, ""), where).toEqual([]);
      }
    }
  });

  it("reads Retry-After as delay-seconds or an IMF-fixdate, nothing else", () => {
    const rateLimited = spec.operation("listRecordings")!.responses.find((r) => r.status === "429")!;
    const header = rateLimited.headers.find((h) => h.name === "Retry-After")!;
    expect(header.required).toBe(true);
    const pointer = header.schemaPointer;
    for (const text of ["0", "30", "Wed, 21 Oct 2026 07:28:00 GMT"]) expect(spec.acceptsText(pointer, text), text).toBe(true);
    for (const text of ["-5", "1.5", "soon", "2026-10-21T07:28:00Z", "Wednesday, 21-Oct-26 07:28:00 GMT", "Wed, 21 Oct 2026 07:28:00 CET"]) {
      expect(spec.acceptsText(pointer, text), text).toBe(false);
    }
  });
});
