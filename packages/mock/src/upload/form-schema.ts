import { dereference, type JsonSchema, type OpenApiDocument } from "../openapi-document.js";

/** A multipart form field as the spec describes it. */
export interface FormField {
  name: string;
  required: boolean;
  /** True for file parts (`format: binary`, or a `contentMediaType` that is not text). */
  isFile: boolean;
  /** The field's schema; `anyOf`/`oneOf` branches are followed when values are checked. */
  schema: JsonSchema;
  /** For file parts: the media types the spec accepts (`audio/*` style wildcards allowed), if it names any. */
  contentTypes?: string[];
}

/** The fields of a `multipart/form-data` request body, with their `$ref`s followed. */
export function formFields(
  document: OpenApiDocument,
  bodySchema: JsonSchema,
  encoding: Record<string, { contentType?: string }> = {},
): FormField[] {
  const schema = dereference(document, bodySchema);
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, raw]) => {
    const field = dereference(document, raw);
    const mediaType = field.contentMediaType;
    const isFile =
      field.format === "binary" ||
      field.contentEncoding === "binary" ||
      (typeof mediaType === "string" && !mediaType.startsWith("text/"));
    // The part's accepted types: the `encoding` entry wins, else the schema's own `contentMediaType`.
    const listed = encoding[name]?.contentType ?? (isFile && typeof mediaType === "string" ? mediaType : undefined);
    const contentTypes = listed?.split(",").map((type) => type.trim().toLowerCase());
    return { name, required: required.has(name), isFile, schema: field, ...(contentTypes ? { contentTypes } : {}) };
  });
}
