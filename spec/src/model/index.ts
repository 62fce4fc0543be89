// The one way anything in the workspace reads the spec: load it once, then ask. Runs in Node and in browsers
// (no file system here: `@identitycall/openapi/model/node` reads the bundle from disk).
import { atPointer, escapePointer, resolve, resolveRef, type OpenApiDocument } from "./document.js";
import { formFields } from "./file-fields.js";
import { createOperationMatcher } from "./match.js";
import { listOperations, type Operation } from "./operations.js";
import { sampleValue } from "./sample-value.js";
import { createValidator } from "./validator.js";

export * from "./document.js";
export * from "./file-fields.js";
export * from "./match.js";
export * from "./operations.js";
export * from "./sample-value.js";
export * from "./validator.js";

/** What a request looks like to the retry rule: its method, and the fields its body carries (for a form). */
export interface RequestShape {
  operation: Operation;
  /** Names of the body's fields that have a value. */
  bodyFields?: Iterable<string>;
}

/**
 * Whether a request may be sent again without doing anything twice: GET, HEAD, PUT, DELETE, OPTIONS and TRACE
 * always; another method when its operation declares an idempotency key (`x-idempotency-key`) and the request
 * carries it.
 */
export function isSafeToRepeat({ operation, bodyFields = [] }: RequestShape): boolean {
  if (/^(GET|HEAD|PUT|DELETE|OPTIONS|TRACE)$/.test(operation.method)) return true;
  return operation.idempotencyKey !== undefined && [...bodyFields].includes(operation.idempotencyKey);
}

export type SpecModel = ReturnType<typeof createSpecModel>;

/** Reads a bundled OpenAPI document once and answers every question the workspace asks of it. */
export function createSpecModel(document: OpenApiDocument) {
  const operations = listOperations(document);
  const byId = new Map(operations.map((operation) => [operation.operationId, operation]));
  // Ajv is set up on the first validation: most readers (the CLIs, the docs build) never validate anything.
  let validator: ReturnType<typeof createValidator> | undefined;
  const validatorOnce = () => (validator ??= createValidator(document));
  return {
    document,
    operations,
    operation(operationId: string): Operation | undefined {
      return byId.get(operationId);
    },
    match: createOperationMatcher(operations),
    /** The value of the example named `name` under `components.examples`; undefined when there is none. */
    namedExample(name: string): unknown {
      return (atPointer(document, `#/components/examples/${escapePointer(name)}`) as { value?: unknown } | undefined)?.value;
    },
    resolve: <T>(value: unknown) => resolve<T>(document, value),
    resolveRef: <T>(value: unknown, pointer?: string) => resolveRef<T>(document, value, pointer),
    formFields: (media: Parameters<typeof formFields>[1]) => formFields(document, media),
    sampleValue: (schema: unknown) => sampleValue(document, schema),
    validate: (...args: Parameters<ReturnType<typeof createValidator>["validate"]>) => validatorOnce().validate(...args),
    acceptsText: (...args: Parameters<ReturnType<typeof createValidator>["acceptsText"]>) => validatorOnce().acceptsText(...args),
    isSafeToRepeat,
  };
}
