// Validates values against the spec's schemas with one Ajv, set up once for the document's dialect (OpenAPI 3.1
// is JSON Schema 2020-12), formats checked. The whole document is registered, so any schema is reached by its
// JSON pointer and its `$ref`s resolve as they do in the document.
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { OpenApiDocument } from "./document.js";

// ajv-formats is CommonJS: its function is the default export in Node, `.default` under some bundlers.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as typeof addFormatsModule;

export interface SchemaProblem {
  /** JSON pointer into the value: `/data/0/phone_number`; "" for the value itself. */
  path: string;
  message: string;
}

const DOCUMENT_ID = "https://spec.identitycall.invalid/openapi.json";

function createAjv(document: OpenApiDocument): Ajv2020 {
  // strict off: OpenAPI adds keywords of its own (example, discriminator, x-…) that JSON Schema does not know.
  const ajv = new Ajv2020({ strict: false, allErrors: true, logger: false });
  addFormats(ajv);
  ajv.addSchema({ ...document, $id: DOCUMENT_ID });
  return ajv;
}

/**
 * The values a text from a URL or a form may stand for: itself, and the number or boolean it spells. Trying them
 * against the strict validator reads text the way a coercing one would, for the scalar parameters and form fields
 * an API has, without a second Ajv (each costs tens of milliseconds to set up).
 */
function readingsOf(text: string): unknown[] {
  const readings: unknown[] = [text];
  if (/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(text.trim())) readings.push(Number(text));
  if (text === "true" || text === "false") readings.push(text === "true");
  return readings;
}

export function createValidator(document: OpenApiDocument) {
  const ajv = createAjv(document);
  const compiled = new Map<string, ValidateFunction>();

  function compile(schemaPointer: string): ValidateFunction {
    let validate = compiled.get(schemaPointer);
    if (!validate) {
      validate = ajv.getSchema(`${DOCUMENT_ID}${schemaPointer.startsWith("#") ? schemaPointer : `#${schemaPointer}`}`);
      if (!validate) throw new Error(`The spec has no schema at ${schemaPointer}`);
      compiled.set(schemaPointer, validate);
    }
    return validate;
  }

  return {
    /** The problems of `value` against the schema at `schemaPointer` (`#/components/schemas/X`); empty when it fits. */
    validate(schemaPointer: string, value: unknown): SchemaProblem[] {
      const validate = compile(schemaPointer);
      if (validate(value)) return [];
      return (validate.errors ?? []).map((error) => ({ path: error.instancePath, message: error.message ?? "is not valid" }));
    },
    /** Whether text from a URL or a form (a path or query parameter) reads as a value of the schema. */
    acceptsText(schemaPointer: string, text: string): boolean {
      const validate = compile(schemaPointer);
      return readingsOf(text).some((value) => validate(value) === true);
    },
  };
}
