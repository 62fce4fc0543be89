import { describe, expect, it } from "vitest";
import { mediaTypeExamples } from "./bundle.js";
import { validateAt } from "./schema-validator.js";

const examples = mediaTypeExamples();

describe("every example in the spec satisfies the schema it illustrates", () => {
  it("finds examples to check", () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(examples.map((e) => [`${e.where} · ${e.name}`, e] as const))("%s", (_label, example) => {
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
});
