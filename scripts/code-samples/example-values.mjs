// Picks the value a sample shows for a parameter or a body: the spec's own example where it has one, else a
// plausible value built from the schema (required properties plus optional ones that carry an example, the
// first enum member, a format-shaped string).
import { resolve } from "./operations.mjs";

/** A schema property that carries file contents in a multipart body. */
export function isFileSchema(schema) {
  return Boolean(schema) && (schema.format === "binary" || "contentMediaType" in schema || schema.contentEncoding === "base64");
}

/** The first example of an examples map (`{ name: { value } }`) or array, or undefined. */
export function firstExample(spec, examples) {
  if (Array.isArray(examples)) return examples[0];
  const first = Object.values(examples ?? {})[0];
  return first === undefined ? undefined : resolve(spec, first).value;
}

const STRING_FORMATS = {
  uuid: "0190f3a2-6c1e-7d4b-9a21-5b8e2c7f4d10",
  "date-time": "2026-04-15T10:00:00Z",
  date: "2026-04-15",
  email: "jane.doe@example.com",
  uri: "https://example.com",
};

const hasOwnExample = (schema) => schema.example !== undefined || (Array.isArray(schema.examples) && schema.examples.length > 0);

/** A value that satisfies `schema`, preferring the examples written into it. */
export function schemaExample(spec, rawSchema, depth = 0) {
  const schema = resolve(spec, rawSchema ?? {});
  if (schema.example !== undefined) return schema.example;
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  if (schema.const !== undefined) return schema.const;
  if (schema.default !== undefined) return schema.default;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum.find((v) => v !== null) ?? null;
  const branches = schema.oneOf ?? schema.anyOf;
  if (branches) return schemaExample(spec, branches.find((b) => resolve(spec, b).type !== "null") ?? branches[0], depth);
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map((part) => schemaExample(spec, part, depth)));
  if (depth > 8) return null;
  const type = Array.isArray(schema.type) ? (schema.type.find((t) => t !== "null") ?? "null") : schema.type;
  switch (type ?? (schema.properties ? "object" : undefined)) {
    case "object": {
      const value = {};
      for (const [name, property] of Object.entries(schema.properties ?? {})) {
        const shown = (schema.required ?? []).includes(name) || hasOwnExample(resolve(spec, property));
        if (shown) value[name] = schemaExample(spec, property, depth + 1);
      }
      for (const name of schema.required ?? []) value[name] ??= schemaExample(spec, {}, depth + 1);
      return value;
    }
    case "array":
      return [schemaExample(spec, schema.items, depth + 1)];
    case "integer":
      return Math.max(1, schema.minimum ?? 1);
    case "number":
      return schema.minimum ?? 1;
    case "boolean":
      return true;
    case "null":
      return null;
    case "string":
      return STRING_FORMATS[schema.format] ?? "string";
    default:
      return null;
  }
}

/** The value a sample sends for a parameter. */
export function parameterExample(spec, parameter) {
  if (parameter.example !== undefined) return parameter.example;
  const fromExamples = firstExample(spec, parameter.examples);
  if (fromExamples !== undefined) return fromExamples;
  return schemaExample(spec, parameter.schema);
}

/** Whether a sample shows an optional parameter: only when the spec gives the parameter itself an example. */
export function parameterHasOwnExample(parameter) {
  return parameter.example !== undefined || Object.keys(parameter.examples ?? {}).length > 0;
}
