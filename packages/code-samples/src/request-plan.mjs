// Turns one operation of the spec's model into a plain description of the request its samples make; the cURL
// and TypeScript renderers only format this plan, so both samples always send the same request. Values are the
// spec's own examples where it gives one (the first), else the model's sample value for the schema.
/** @typedef {import("@identitycall/openapi/model").SpecModel} SpecModel */
/** @typedef {import("@identitycall/openapi/model").Operation} Operation */
/** @typedef {import("@identitycall/openapi/model").Example} Example */

/** File name an upload sample sends when the spec's example names none. */
export const SAMPLE_UPLOAD_FILE = "call.mp3";

/** Media type of a file part when the spec names none, or only a wildcard. */
export const SAMPLE_UPLOAD_TYPE = "audio/mpeg";

/** Request body media types a sample can be written for, in order of preference. */
const SAMPLE_MEDIA_TYPES = ["application/json", "multipart/form-data"];

/**
 * The first documented example's value, else the model's sample value for `schema`.
 * @param {SpecModel} spec
 * @param {Example[]} examples
 * @param {unknown} schema
 */
const exampleOrSample = (spec, examples, schema) => examples[0]?.value ?? spec.sampleValue(schema);

/** The file name an example gives for a file field ("@call-recording.mp3" as curl writes it), if it gives one. */
function exampleFileName(value) {
  const name = typeof value === "string" ? value.replace(/^@/, "") : "";
  return /^[\w.-]+\.\w+$/.test(name) ? name : SAMPLE_UPLOAD_FILE;
}

/**
 * @param {SpecModel} spec
 * @param {Operation} operation
 */
function bodyPlan(spec, operation) {
  if (!operation.requestBody) return undefined;
  const { content, required } = operation.requestBody;
  const media = SAMPLE_MEDIA_TYPES.map((type) => content.find((m) => m.mediaType === type)).find(Boolean);
  if (!media) {
    const offered = content.map((m) => m.mediaType).join(", ") || "none";
    throw new Error(`No sample can be written for a request body of type ${offered}: add a renderer for it`);
  }
  /** @type {any} */
  const value = exampleOrSample(spec, media.examples, media.schema);
  if (media.mediaType === "application/json") return { kind: "json", value, required };

  const formFields = spec.formFields(media);
  const fileFields = formFields.filter((field) => field.isFile);
  const fields = [];
  for (const field of fileFields) {
    const listed = field.contentTypes?.[0];
    const contentType = listed && !listed.includes("*") ? listed : SAMPLE_UPLOAD_TYPE;
    fields.push({ name: field.name, file: exampleFileName(value?.[field.name]), contentType });
  }
  for (const [name, fieldValue] of Object.entries(value ?? {})) {
    if (fileFields.some((field) => field.name === name) || fieldValue === undefined || fieldValue === null) continue;
    fields.push({ name, value: fieldValue });
  }
  return { kind: "multipart", fields };
}

/** @param {Operation} operation */
function successPlan(operation) {
  const [success] = operation.responses.filter((r) => /^2\d\d$/.test(r.status)).sort((a, b) => Number(a.status) - Number(b.status));
  if (!success) throw new Error(`${operation.operationId} documents no 2xx response: its samples would have nothing to show`);
  const json = success.content.find((media) => media.mediaType === "application/json");
  return { status: Number(success.status), hasContent: Boolean(json), hasDataEnvelope: Boolean(json?.schema?.properties?.data) };
}

/**
 * The request the samples of `operation` make: path parameters, required query and header parameters and
 * optional ones the spec gives an example for (never Authorization: samples send the key themselves), the body.
 * @param {SpecModel} spec
 * @param {Operation} operation
 */
export function planRequest(spec, operation) {
  /** @param {"path" | "query" | "header"} place */
  const pick = (place) =>
    operation.parameters
      .filter((p) => p.in === place && (place === "path" || p.required || p.examples.length > 0))
      .map((p) => ({ name: p.name, value: exampleOrSample(spec, p.examples, p.schema) }));
  return {
    operationId: operation.operationId,
    summary: operation.summary ?? operation.operationId,
    method: operation.method,
    path: operation.path,
    pathParams: pick("path"),
    query: pick("query"),
    headers: pick("header").filter((h) => h.name.toLowerCase() !== "authorization"),
    body: bodyPlan(spec, operation),
    success: successPlan(operation),
  };
}
