import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { bundle } from "./bundle.js";

const SPEC_ID = "https://identitycall.local/openapi.json";

// OpenAPI 3.1 schemas are JSON Schema 2020-12; the document itself is registered so local $refs resolve.
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ ...bundle, $id: SPEC_ID });

/** Validates a value against the schema at a pointer of the bundle; returns readable problems (none = valid). */
export function validateAt(schemaPointer: string, value: unknown): string[] {
  const validate = ajv.compile({ $ref: `${SPEC_ID}${schemaPointer}` });
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || "(root)"} ${e.message ?? ""}`.trim());
}
