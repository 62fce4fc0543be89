import type { MediaType, Operation, Parameter, SpecModel } from "../spec/suite-spec.js";

/** What the suite passes to `client.request(method, path, init)` for one operation. */
export interface SampleRequest {
  params: { path: Record<string, unknown>; query: Record<string, unknown> };
  /** JSON value, or FormData for multipart (openapi-fetch hands FormData to fetch untouched). */
  body?: unknown;
}

/** A few bytes of a WAV header: enough to be a file part; the mock and the proxy never decode audio. */
export const SAMPLE_AUDIO = new Uint8Array([0x52, 0x49, 0x46, 0x46, 0x24, 0, 0, 0, 0x57, 0x41, 0x56, 0x45]);

/** The value a parameter documents for itself, else one its schema offers. */
export function sampleParameter(spec: SpecModel, parameter: Parameter): unknown {
  return parameter.examples.length > 0 ? parameter.examples[0]!.value : spec.sampleValue(parameter.schema);
}

/**
 * A multipart form that satisfies the schema: the file part (`audio`, a few header bytes unless given), then every
 * field with a value of its own; `overrides` replaces fields (`undefined` drops one).
 */
export function sampleForm(
  spec: SpecModel,
  media: MediaType,
  overrides: Record<string, string | Blob | undefined> = {},
  audio: Uint8Array<ArrayBuffer> = SAMPLE_AUDIO,
): FormData {
  const form = new FormData();
  for (const field of spec.formFields(media)) {
    if (field.name in overrides) {
      const value = overrides[field.name];
      if (value instanceof Blob) form.append(field.name, value, "call.wav");
      else if (value !== undefined) form.append(field.name, value);
    } else if (field.isFile) {
      form.append(field.name, new Blob([audio], { type: "audio/wav" }), "call.wav");
    } else {
      form.append(field.name, String(spec.sampleValue(field.schema)));
    }
  }
  return form;
}

/** The multipart media type of an operation's request body, if it takes a form. */
export const formMedia = (operation: Operation) => operation.requestBody?.content.find((m) => m.mediaType === "multipart/form-data");

/** A request the spec says is valid for the operation: documented parameter values and body example (`audio` for a file part). */
export function sampleRequest(spec: SpecModel, operation: Operation, audio?: Uint8Array<ArrayBuffer>): SampleRequest {
  const path: Record<string, unknown> = {};
  const query: Record<string, unknown> = {};
  for (const parameter of operation.parameters) {
    if (parameter.in === "path") path[parameter.name] = sampleParameter(spec, parameter);
    if (parameter.in === "query" && parameter.required) query[parameter.name] = sampleParameter(spec, parameter);
  }
  const request: SampleRequest = { params: { path, query } };
  const json = operation.requestBody?.content.find((m) => m.mediaType === "application/json");
  const form = formMedia(operation);
  if (json) request.body = json.examples.length > 0 ? json.examples[0]!.value : spec.sampleValue(json.schema);
  else if (form) request.body = sampleForm(spec, form, {}, audio);
  return request;
}
