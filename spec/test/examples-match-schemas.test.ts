import { describe, expect, it } from "vitest";
import { mediaTypeExamples, parameterExamples } from "./bundle.js";
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
