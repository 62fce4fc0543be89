// A schema in a few words, for labels and for the message under a field the reader filled in wrongly.
import type { JsonSchema } from "@identitycall/openapi/model";

/** `resolve` follows a branch's `$ref` (the spec model's `resolve`). */
export function describeSchema(schema: JsonSchema, resolve: (value: unknown) => JsonSchema = (value) => value as JsonSchema): string {
  const branches = (schema.anyOf ?? schema.oneOf)?.map(resolve).filter((branch) => branch.type !== "null");
  if (branches && branches.length > 0) return branches.map((branch) => describeSchema(branch, resolve)).join(", or ");
  if (Array.isArray(schema.enum)) return `one of: ${schema.enum.filter((v) => v !== null).map(String).join(", ")}`;
  const type = [schema.type ?? "string"].flat().filter((t) => t !== "null").join(" or ");
  const limits = [
    typeof schema.minimum === "number" ? `≥ ${schema.minimum}` : "",
    typeof schema.maximum === "number" ? `≤ ${schema.maximum}` : "",
    typeof schema.minLength === "number" && schema.minLength > 0 ? `at least ${schema.minLength} characters` : "",
    typeof schema.maxLength === "number" ? `at most ${schema.maxLength} characters` : "",
    schema.format ? `format ${schema.format}` : "",
    schema.pattern ? `matching ${schema.pattern}` : "",
  ].filter(Boolean);
  return [type, ...limits].join(", ");
}
