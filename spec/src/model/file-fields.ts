// What a multipart form holds, field by field: the one definition of "this field is a file".
import { resolve, type JsonSchema, type OpenApiDocument } from "./document.js";
import type { MediaType } from "./operations.js";

export interface FormField {
  name: string;
  required: boolean;
  /** A file part: raw bytes (`format: binary`, `contentEncoding: binary`, or a non-text `contentMediaType`). */
  isFile: boolean;
  /** The field's schema, its `$ref` followed. */
  schema: JsonSchema;
  /** For file parts: the media types accepted (from `encoding`, else `contentMediaType`), if any are named. */
  contentTypes?: string[];
}

/**
 * Whether a schema describes file bytes. Base64 text (`contentEncoding: base64`) is text the client encodes
 * itself, not a file part.
 */
export function isFileSchema(schema: JsonSchema): boolean {
  if (schema.contentEncoding === "base64") return false;
  const media = schema.contentMediaType;
  return schema.format === "binary" || schema.contentEncoding === "binary" || (typeof media === "string" && !media.startsWith("text/"));
}

/** The fields of a form body (`multipart/form-data` or `application/x-www-form-urlencoded`), in schema order. */
export function formFields(document: OpenApiDocument, media: MediaType): FormField[] {
  const schema = resolve<JsonSchema>(document, media.schema ?? {});
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, raw]) => {
    const field = resolve<JsonSchema>(document, raw);
    const isFile = isFileSchema(field);
    const listed = media.encoding[name]?.contentType ?? (isFile && typeof field.contentMediaType === "string" ? field.contentMediaType : undefined);
    const contentTypes = listed?.split(",").map((type) => type.trim().toLowerCase());
    return { name, required: required.has(name), isFile, schema: field, ...(contentTypes ? { contentTypes } : {}) };
  });
}
