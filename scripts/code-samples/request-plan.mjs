// Turns one operation of the bundle into a plain description of the request its samples make; the cURL and
// TypeScript renderers only format this plan, so both samples always send the same request.
import { firstExample, isFileSchema, parameterExample, parameterHasOwnExample, schemaExample } from "./example-values.mjs";
import { parametersOf, resolve, successStatuses } from "./operations.mjs";

/** File name an upload sample sends when the spec's example names none. */
export const SAMPLE_UPLOAD_FILE = "call.mp3";

/** The file name an example gives for a file field ("@call-recording.mp3" as curl writes it), if it gives one. */
function exampleFileName(value) {
  const name = typeof value === "string" ? value.replace(/^@/, "") : "";
  return /^[\w.-]+\.\w+$/.test(name) ? name : SAMPLE_UPLOAD_FILE;
}

function bodyPlan(spec, operation) {
  if (!operation.requestBody) return undefined;
  const requestBody = resolve(spec, operation.requestBody);
  const content = requestBody.content ?? {};
  const mediaType = ["application/json", "multipart/form-data"].find((type) => content[type]);
  if (!mediaType) {
    const offered = Object.keys(content).join(", ") || "none";
    throw new Error(`No sample can be written for a request body of type ${offered}: add a renderer for it`);
  }
  const media = content[mediaType];
  const schema = resolve(spec, media.schema ?? {});
  const value = media.example ?? firstExample(spec, media.examples) ?? schemaExample(spec, schema);
  if (mediaType === "application/json") return { kind: "json", value, required: requestBody.required === true };

  const properties = schema.properties ?? {};
  const fileFields = Object.keys(properties).filter((name) => isFileSchema(resolve(spec, properties[name])));
  const fields = [];
  for (const name of fileFields) {
    const encoding = media.encoding?.[name]?.contentType?.split(",")[0]?.trim();
    fields.push({ name, file: exampleFileName(value?.[name]), contentType: encoding && !encoding.includes("*") ? encoding : "audio/mpeg" });
  }
  for (const [name, fieldValue] of Object.entries(value ?? {})) {
    if (fileFields.includes(name) || fieldValue === undefined || fieldValue === null) continue;
    fields.push({ name, value: fieldValue });
  }
  return { kind: "multipart", fields };
}

function successPlan(spec, operation) {
  const status = successStatuses(operation)[0];
  if (status === undefined) throw new Error(`${operation.operationId} documents no 2xx response: its samples would have nothing to show`);
  const response = resolve(spec, operation.responses[String(status)]);
  const json = response.content?.["application/json"];
  const schema = json ? resolve(spec, json.schema ?? {}) : undefined;
  return { status, hasContent: Boolean(json), hasDataEnvelope: Boolean(schema?.properties?.data) };
}

export function planRequest(spec, entry) {
  const { method, path, operation, operationId } = entry;
  const parameters = parametersOf(spec, entry);
  const pick = (place) =>
    parameters
      .filter((p) => p.in === place && (place === "path" || p.required || parameterHasOwnExample(p)))
      .map((p) => ({ name: p.name, value: parameterExample(spec, p) }));
  return {
    operationId,
    summary: operation.summary ?? operationId,
    method: method.toUpperCase(),
    path,
    pathParams: pick("path"),
    query: pick("query"),
    headers: pick("header").filter((h) => h.name.toLowerCase() !== "authorization"),
    body: bodyPlan(spec, operation),
    success: successPlan(spec, operation),
  };
}
