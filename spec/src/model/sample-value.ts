// A plausible value for a schema, for prefilled forms, generated requests and code samples. One order of
// preference everywhere: what the spec shows (examples, example, const), then its default, then the first
// allowed value, then a plain value of the type.
import { resolve, type JsonSchema, type OpenApiDocument } from "./document.js";

const isNullSchema = (schema: JsonSchema) => schema.type === "null" || (Array.isArray(schema.enum) && schema.enum.every((value) => value === null));

export function sampleValue(document: OpenApiDocument, rawSchema: unknown, depth = 0): unknown {
  const schema = resolve<JsonSchema>(document, rawSchema ?? {});
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  if (schema.example !== undefined) return schema.example;
  if (schema.const !== undefined) return schema.const;
  if (schema.default !== undefined) return schema.default;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum.find((value) => value !== null) ?? null;
  for (const branches of [schema.oneOf, schema.anyOf, schema.allOf]) {
    // A nullable field (`anyOf: [X, {type: null}]`) is sampled as X: null says nothing about the field.
    const branch = branches?.find((candidate) => !isNullSchema(resolve<JsonSchema>(document, candidate)));
    if (branch) return sampleValue(document, branch, depth + 1);
  }
  if (depth > 16) return null; // a recursive schema ends somewhere
  const type = [schema.type ?? (schema.properties ? "object" : "string")].flat().find((t) => t !== "null");
  switch (type) {
    case "integer":
    case "number":
      return typeof schema.minimum === "number" ? schema.minimum : 1;
    case "boolean":
      return true;
    case "array":
      return schema.items ? [sampleValue(document, schema.items, depth + 1)] : [];
    case "object": {
      const properties = schema.properties ?? {};
      return Object.fromEntries((schema.required ?? []).map((name) => [name, sampleValue(document, properties[name], depth + 1)]));
    }
    default:
      if (schema.format === "uuid") return "01900000-0000-7000-8000-000000000000";
      if (schema.format === "date-time") return "2026-01-01T00:00:00Z";
      if (schema.format === "email") return "someone@example.com";
      return "sample";
  }
}
