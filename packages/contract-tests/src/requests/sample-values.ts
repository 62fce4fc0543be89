import { dereference, type JsonObject, type OpenApiDocument } from "../spec/openapi-document.js";
import type { Parameter } from "../spec/operations.js";

/** A value the schema itself offers (example, enum, default), or a plain one of its type. */
export function sampleFromSchema(document: OpenApiDocument, rawSchema: unknown): unknown {
  const schema = dereference<JsonObject>(document, rawSchema ?? {});
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  if (schema.example !== undefined) return schema.example;
  if (schema.const !== undefined) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum.find((v) => v !== null) ?? null;
  if (schema.default !== undefined) return schema.default;
  for (const key of ["oneOf", "anyOf", "allOf"]) {
    const branches = schema[key];
    if (Array.isArray(branches) && branches.length > 0) return sampleFromSchema(document, branches[0]);
  }
  const type = [schema.type ?? "string"].flat().find((t) => t !== "null");
  switch (type) {
    case "integer":
    case "number":
      return typeof schema.minimum === "number" ? schema.minimum : 1;
    case "boolean":
      return true;
    case "array":
      return [];
    case "object": {
      const required = (schema.required as string[] | undefined) ?? [];
      const properties = (schema.properties as Record<string, unknown> | undefined) ?? {};
      return Object.fromEntries(required.map((name) => [name, sampleFromSchema(document, properties[name])]));
    }
    default:
      return schema.format === "uuid" ? "01900000-0000-7000-8000-000000000000" : "sample";
  }
}

/** The value a parameter documents for itself, falling back to its schema. */
export function sampleParameter(document: OpenApiDocument, parameter: Parameter): unknown {
  if (parameter.example !== undefined) return parameter.example;
  const first = Object.values(parameter.examples ?? {})[0];
  if (first) return dereference<{ value?: unknown }>(document, first).value;
  return sampleFromSchema(document, parameter.schema);
}
