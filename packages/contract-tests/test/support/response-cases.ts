import { formMedia, sampleForm, sampleRequest } from "../../src/requests/sample-request.js";
import { statusResponses, type DocumentedResponse, type JsonObject, type MediaType, type Operation, type SpecModel } from "../../src/spec/suite-spec.js";

/** One (operation, status, example) the mock is asked for, and how the request gets that answer. */
export interface ResponseCase {
  operation: Operation;
  response: DocumentedResponse;
  status: number;
  /** The documented body: the response's first media type, if it has one. */
  media: MediaType | undefined;
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

/** A text field value the form schema rejects: outside an enum, shorter than minLength, or not a number. */
function badField(spec: SpecModel, media: MediaType): [string, string] | undefined {
  const fields = spec.formFields(media);
  const numeric = (field: JsonObject): boolean => {
    const branches = (field.anyOf ?? field.oneOf) as unknown[] | undefined;
    if (branches) return branches.every((b) => numeric(spec.resolve<JsonObject>(b)));
    return [field.type].flat().some((t) => t === "integer" || t === "number") || /^\^\[[0-9-]+\]/.test(String(field.pattern ?? ""));
  };
  const withEnum = fields.find(({ schema }) => Array.isArray(schema.enum));
  if (withEnum) return [withEnum.name, "not-a-documented-value"];
  const withMinLength = fields.find(({ schema }) => typeof schema.minLength === "number" && schema.minLength > 0);
  if (withMinLength) return [withMinLength.name, ""];
  const withNumber = fields.find(({ isFile, schema }) => !isFile && numeric(schema));
  return withNumber ? [withNumber.name, "not-a-number"] : undefined;
}

/** Upload-specific ways to reach a status without `Prefer`: the mock's own handler decides from the form. */
function uploadCase(spec: SpecModel, operation: Operation, status: number, media: MediaType) {
  const form = (overrides: Record<string, string | Blob | undefined> = {}) => ({ body: sampleForm(spec, media, overrides) });
  const required = spec.formFields(media).find((field) => field.required)?.name;
  const bad = badField(spec, media);
  // The key that makes a repeated upload answer with the first one: declared by the spec (x-idempotency-key).
  const key = operation.idempotencyKey;
  // The mock stores an upload and answers with it (its own id, name, time): the shape is checked, not the example.
  if (status === 201 && key) {
    return { how: `a first upload with a new ${key}`, init: () => form({ [key]: unique("first") }), inexact: true };
  }
  if (status === 200 && key && statusResponses(operation).some((r) => r.code === 201)) {
    const value = unique("repeat");
    return {
      how: `the same ${key} uploaded twice`,
      before: () => form({ [key]: value }),
      init: () => form({ [key]: value }),
      inexact: true,
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
export function responseCases(spec: SpecModel): ResponseCase[] {
  const cases: ResponseCase[] = [];
  for (const operation of spec.operations) {
    const sample = () => sampleRequest(spec, operation);
    const form = formMedia(operation);
    for (const response of statusResponses(operation)) {
      const media = response.content[0];
      const keys = media && media.examples.length > 0 ? media.examples.map((example) => example.name) : [undefined];
      const many = keys.length > 1;
      keys.forEach((exampleKey, index) => {
        const base = { operation, response, status: response.code, media, exampleKey, exactExample: true };
        const special = index === 0 && form ? uploadCase(spec, operation, response.code, form) : undefined;
        if (special) {
          cases.push({
            ...base,
            how: special.how,
            init: () => ({ ...sample(), ...special.init() }),
            ...(special.before ? { before: () => ({ ...sample(), ...special.before!() }) } : {}),
            exactExample: !special.inexact,
          });
        } else if (response.code === 401 && index === 0) {
          cases.push({ ...base, how: "no Authorization header", init: () => ({ ...sample(), headers: { Authorization: null } }) });
        } else {
          const header = prefer(response.code, exampleKey, many);
          cases.push({ ...base, how: `Prefer: ${header}`, init: () => ({ ...sample(), headers: { Prefer: header } }) });
        }
      });
    }
  }
  return cases;
}

/** The documented example a case asks for, if it names one. */
export const exampleOf = (c: ResponseCase) => c.media?.examples.find((example) => example.name === c.exampleKey)?.value;
