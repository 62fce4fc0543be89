import { sampleForm, sampleRequest } from "../../src/requests/sample-request.js";
import { dereference, type JsonObject, type OpenApiDocument } from "../../src/spec/openapi-document.js";
import type { DocumentedResponse, Operation } from "../../src/spec/operations.js";

/** One (operation, status, example) the mock is asked for, and how the request gets that answer. */
export interface ResponseCase {
  operation: Operation;
  response: DocumentedResponse;
  exampleKey: string | undefined;
  /** How the request asks for this status, for the test title. */
  how: string;
  /** Builds the request (a fresh one per call: forms are single-use and idempotency keys must be new). */
  init: () => Record<string, unknown>;
  /** Sent once before the measured request (a first upload, so the second is a repeat). */
  before?: () => Record<string, unknown>;
  /** The answer is the documented example as is; false where the mock writes its own problem list into it. */
  exactExample: boolean;
}

let uniqueCounter = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-${++uniqueCounter}`;

const prefer = (status: number, exampleKey: string | undefined, many: boolean) =>
  many && exampleKey !== undefined ? `code=${status}, example=${exampleKey}` : `code=${status}`;

/** Form fields of a multipart operation, `$ref`s followed. */
function formSchema(document: OpenApiDocument, operation: Operation): JsonObject | undefined {
  const schema = operation.requestBody?.content["multipart/form-data"]?.schema;
  return schema ? dereference<JsonObject>(document, schema) : undefined;
}

/** A text field value the form schema rejects: outside an enum, shorter than minLength, or not a number. */
function badField(schema: JsonObject, document: OpenApiDocument): [string, string] | undefined {
  const fields = Object.entries((schema.properties as Record<string, unknown>) ?? {}).map(
    ([name, raw]) => [name, dereference<JsonObject>(document, raw)] as const,
  );
  const numeric = (field: JsonObject): boolean => {
    const branches = (field.anyOf ?? field.oneOf) as unknown[] | undefined;
    if (branches) return branches.every((b) => numeric(dereference<JsonObject>(document, b)));
    return [field.type].flat().some((t) => t === "integer" || t === "number") || /^\^\[[0-9-]+\]/.test(String(field.pattern ?? ""));
  };
  const withEnum = fields.find(([, field]) => Array.isArray(field.enum));
  if (withEnum) return [withEnum[0], "not-a-documented-value"];
  const withMinLength = fields.find(([, field]) => typeof field.minLength === "number" && field.minLength > 0);
  if (withMinLength) return [withMinLength[0], ""];
  const withNumber = fields.find(([, field]) => field.format !== "binary" && numeric(field));
  return withNumber ? [withNumber[0], "not-a-number"] : undefined;
}

/** Upload-specific ways to reach a status without `Prefer`: the mock's own handler decides from the form. */
function uploadCase(document: OpenApiDocument, operation: Operation, status: number, schema: JsonObject) {
  const form = (overrides: Record<string, string | Blob | undefined> = {}) => ({ body: sampleForm(document, schema, overrides) });
  const required = ((schema.required as string[] | undefined) ?? [])[0];
  const bad = badField(schema, document);
  if (status === 201) {
    return { how: "a first upload with a new external_id", init: () => form({ external_id: unique("first") }) };
  }
  if (status === 200 && operation.responses.some((r) => r.status === 201)) {
    const externalId = unique("repeat");
    return {
      how: "the same project_id + external_id uploaded twice",
      before: () => form({ external_id: externalId }),
      init: () => form({ external_id: externalId }),
    };
  }
  if (status === 400 && required) {
    return { how: `a form without the required ${required}`, init: () => form({ [required]: undefined }), inexact: true };
  }
  if (status === 422 && bad) {
    return { how: `a form with ${bad[0]} = "${bad[1]}"`, init: () => form({ [bad[0]]: bad[1] }), inexact: true };
  }
  return undefined;
}

/** Every documented (status, example) of every operation, each with a request that should produce it. */
export function responseCases(document: OpenApiDocument, operations: Operation[]): ResponseCase[] {
  const cases: ResponseCase[] = [];
  for (const operation of operations) {
    const sample = () => sampleRequest(document, operation);
    const form = formSchema(document, operation);
    for (const response of operation.responses) {
      const keys = response.examples.size > 0 ? [...response.examples.keys()] : [undefined];
      const many = keys.length > 1;
      keys.forEach((exampleKey, index) => {
        const base = { operation, response, exampleKey, exactExample: true };
        const special = index === 0 && form ? uploadCase(document, operation, response.status, form) : undefined;
        if (special) {
          cases.push({
            ...base,
            how: special.how,
            init: () => ({ ...sample(), ...special.init() }),
            ...(special.before ? { before: () => ({ ...sample(), ...special.before!() }) } : {}),
            exactExample: !special.inexact,
          });
        } else if (response.status === 401 && index === 0) {
          cases.push({ ...base, how: "no Authorization header", init: () => ({ ...sample(), headers: { Authorization: null } }) });
        } else {
          const header = prefer(response.status, exampleKey, many);
          cases.push({ ...base, how: `Prefer: ${header}`, init: () => ({ ...sample(), headers: { Prefer: header } }) });
        }
      });
    }
  }
  return cases;
}
