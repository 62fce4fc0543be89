import { describe, expect, it } from "vitest";
import { spec } from "./bundle.js";
import { validateAt } from "./schema-validator.js";

/** Every `additionalProperties: false` in the bundle, by where it sits. */
function closedObjects(node: unknown, at = "#"): string[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => closedObjects(item, `${at}/${i}`));
  if (node === null || typeof node !== "object") return [];
  const record = node as Record<string, unknown>;
  const here = record.additionalProperties === false ? [at] : [];
  return here.concat(Object.entries(record).flatMap(([key, value]) => closedObjects(value, `${at}/${key}`)));
}

// The mock validates requests and the contract suite validates live responses against this document: a
// closed object would turn every field the API adds (or a provider passes through) into a failure.
describe("schemas stay open to fields the documentation does not list", () => {
  it("has no additionalProperties: false anywhere", () => {
    expect(closedObjects(spec.document)).toEqual([]);
  });

  it("accepts a virtual number detail carrying an extra field", () => {
    const detail = {
      id: 7, phone_number: "+15551234567", name: null, country_code: "US", active: true, recording: true,
      routing_strategy: "priority", ai_receptionist_enabled: false,
      stats: { total_calls: 0, answered_calls: 0, missed_calls: 0, average_duration_seconds: 0 },
      operators: [], available_operators: [], recent_calls: [], project_id: 42,
    };
    expect(validateAt("#/components/schemas/VirtualNumberDetail", detail)).toEqual([]);
  });
});
