import { Ajv, type ErrorObject } from "ajv";
import addFormatsModule from "ajv-formats";
import type { JsonObject, OpenApiDocument } from "../../src/spec/openapi-document.js";

// ajv-formats ships CommonJS with `exports.default`; under ESM interop the function may sit one level down.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv;

/**
 * Validates bodies against response schemas of the document, the way Prism does (JSON Schema draft-07
 * semantics); `$ref`s to `#/components/...` resolve because the components travel along with each schema.
 */
export function createResponseValidator(document: OpenApiDocument) {
  const ajv = addFormats(new Ajv({ strict: false, allErrors: true, validateSchema: false }));
  const cache = new Map<JsonObject, ReturnType<Ajv["compile"]>>();
  return function validate(schema: JsonObject, body: unknown): string[] {
    let check = cache.get(schema);
    if (!check) {
      check = ajv.compile({ ...schema, components: document.components });
      cache.set(schema, check);
    }
    return check(body) ? [] : (check.errors ?? []).map(describeError);
  };
}

function describeError(error: ErrorObject): string {
  return `${error.instancePath || "(body)"} ${error.message ?? "is invalid"}`;
}
