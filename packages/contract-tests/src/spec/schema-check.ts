import { Ajv } from "ajv";
import type { JsonObject, OpenApiDocument } from "./openapi-document.js";

/** True when a path parameter value fits the parameter's schema (path values travel as text). */
export function createParameterCheck(document: OpenApiDocument) {
  const ajv = new Ajv({ strict: false, validateSchema: false, coerceTypes: true });
  const compiled = new Map<JsonObject, ReturnType<Ajv["compile"]>>();
  return (schema: JsonObject, value: unknown) => {
    let check = compiled.get(schema);
    if (!check) {
      // The components travel along so that `$ref: "#/components/schemas/..."` resolves.
      check = ajv.compile({ ...schema, components: document.components });
      compiled.set(schema, check);
    }
    return check(String(value)) === true;
  };
}
