import { dereference, type JsonObject, type OpenApiDocument } from "../spec/openapi-document.js";
import type { Operation } from "../spec/operations.js";
import { sampleFromSchema, sampleParameter } from "./sample-values.js";

/** What the suite passes to `client.request(method, path, init)` for one operation. */
export interface SampleRequest {
  params: { path: Record<string, unknown>; query: Record<string, unknown> };
  /** JSON value, or FormData for multipart (openapi-fetch hands FormData to fetch untouched). */
  body?: unknown;
}

/** A few bytes of a WAV header: enough to be a file part; the mock and the proxy never decode audio. */
export const SAMPLE_AUDIO = new Uint8Array([0x52, 0x49, 0x46, 0x46, 0x24, 0, 0, 0, 0x57, 0x41, 0x56, 0x45]);

function isFileSchema(schema: JsonObject): boolean {
  const mediaType = schema.contentMediaType;
  return schema.format === "binary" || (typeof mediaType === "string" && !mediaType.startsWith("text/"));
}

/**
 * A multipart form that satisfies the schema: the file part, then every field with a value of its own;
 * `overrides` replaces fields (`undefined` drops one).
 */
export function sampleForm(
  document: OpenApiDocument,
  schema: unknown,
  overrides: Record<string, string | Blob | undefined> = {},
): FormData {
  const resolved = dereference<JsonObject>(document, schema);
  const form = new FormData();
  for (const [name, raw] of Object.entries((resolved.properties as Record<string, unknown> | undefined) ?? {})) {
    if (name in overrides) {
      const value = overrides[name];
      if (value instanceof Blob) form.append(name, value, "call.wav");
      else if (value !== undefined) form.append(name, value);
      continue;
    }
    const field = dereference<JsonObject>(document, raw);
    if (isFileSchema(field)) form.append(name, new Blob([SAMPLE_AUDIO], { type: "audio/wav" }), "call.wav");
    else form.append(name, String(sampleFromSchema(document, field)));
  }
  return form;
}

/** The first documented example of the JSON request body, or a minimal body built from its schema. */
function sampleJsonBody(document: OpenApiDocument, media: JsonObject): unknown {
  const examples = Object.values((media.examples as JsonObject | undefined) ?? {});
  if (examples[0]) return dereference<{ value?: unknown }>(document, examples[0]).value;
  if (media.example !== undefined) return media.example;
  return sampleFromSchema(document, media.schema);
}

/** A request the spec says is valid for the operation: documented parameter values and body example. */
export function sampleRequest(document: OpenApiDocument, operation: Operation): SampleRequest {
  const path: Record<string, unknown> = {};
  const query: Record<string, unknown> = {};
  for (const parameter of operation.parameters) {
    if (parameter.in === "path") path[parameter.name] = sampleParameter(document, parameter);
    if (parameter.in === "query" && parameter.required) query[parameter.name] = sampleParameter(document, parameter);
  }
  const request: SampleRequest = { params: { path, query } };
  const content = operation.requestBody?.content ?? {};
  if (content["application/json"]) {
    request.body = sampleJsonBody(document, content["application/json"]);
  } else if (content["multipart/form-data"]) {
    request.body = sampleForm(document, content["multipart/form-data"].schema);
  }
  return request;
}
