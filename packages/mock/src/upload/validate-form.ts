import { resolve, type FormField, type JsonSchema, type OpenApiDocument } from "@identitycall/openapi/model";
import type { ReceivedFile, ReceivedForm } from "./multipart-stream.js";

/** A form that passed validation: text fields read as the types the schema gives them. */
export interface ValidForm {
  values: Record<string, unknown>;
}

export interface FormProblems {
  /** One sentence per problem, naming the field, what was wrong and what is accepted. */
  problems: string[];
  /** True when a required field is absent (the API answers those with 400 where it documents one). */
  missingRequired: boolean;
}

type Reading = { value: unknown } | { problem: string };

const typesOf = (schema: JsonSchema) => [schema.type ?? []].flat();

/** Reads form text the way a server does: by the type the schema declares, then checks its limits. */
function readText(document: OpenApiDocument, name: string, rawSchema: JsonSchema, text: string): Reading {
  const schema = resolve<JsonSchema>(document, rawSchema);
  const branches = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(branches)) {
    const readings = (branches as JsonSchema[]).map((branch) => readText(document, name, branch, text));
    const accepted = readings.find((reading) => "value" in reading);
    if (accepted) return accepted;
    const reasons = readings.map((reading) => ("problem" in reading ? reading.problem : "")).join(", or ");
    return { problem: `${name} is not acceptable: ${reasons}` };
  }
  const types = typesOf(schema);
  let value: unknown = text;
  if (types.includes("integer") && !types.includes("string")) {
    if (!/^-?\d+$/.test(text.trim())) return { problem: `${name} must be a whole number, got "${text}"` };
    value = Number(text.trim());
  } else if (types.includes("number") && !types.includes("string")) {
    value = Number(text.trim());
    if (text.trim() === "" || !Number.isFinite(value)) return { problem: `${name} must be a number, got "${text}"` };
  } else if (types.includes("boolean") && !types.includes("string")) {
    if (text !== "true" && text !== "false") return { problem: `${name} must be true or false, got "${text}"` };
    value = text === "true";
  }
  const problem = limitProblem(name, schema, value);
  return problem ? { problem } : { value };
}

function limitProblem(name: string, schema: JsonSchema, value: unknown): string | undefined {
  const { enum: allowed, minimum, maximum, minLength, maxLength, pattern } = schema;
  if (allowed && !allowed.includes(value)) {
    return `${name} must be one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}, got ${JSON.stringify(value)}`;
  }
  if (typeof value === "number") {
    if (typeof minimum === "number" && value < minimum) return `${name} must be at least ${minimum}, got ${value}`;
    if (typeof maximum === "number" && value > maximum) return `${name} must be at most ${maximum}, got ${value}`;
  }
  if (typeof value === "string") {
    if (typeof minLength === "number" && value.length < minLength) return `${name} must be at least ${minLength} characters long`;
    if (typeof maxLength === "number" && value.length > maxLength) return `${name} must be at most ${maxLength} characters long`;
    if (typeof pattern === "string" && !new RegExp(pattern, "u").test(value)) {
      return `${name} must match the pattern ${pattern}, got "${value}"`;
    }
  }
  return undefined;
}

function fileProblem(field: FormField, entry: ReceivedFile, maxFileBytes: number): string | undefined {
  if (entry.size === 0) return `${field.name} is empty: send the audio file's bytes`;
  if (entry.size > maxFileBytes) {
    return `File too large: ${field.name} has ${entry.size} bytes, more than the ${maxFileBytes} bytes accepted`;
  }
  const type = (entry.type || "application/octet-stream").toLowerCase();
  const accepted = (pattern: string) =>
    pattern === "*/*" || pattern === type || (pattern.endsWith("/*") && type.startsWith(pattern.slice(0, -1)));
  if (field.contentTypes && !field.contentTypes.some(accepted)) {
    return `${field.name} is ${type}, which is not an accepted type (${field.contentTypes.join(", ")})`;
  }
  return undefined;
}

/** Checks a received multipart form against the fields of the spec's schema. */
export function validateForm(
  document: OpenApiDocument,
  fields: FormField[],
  form: ReceivedForm,
  maxFileBytes: number,
): ValidForm | FormProblems {
  const problems: string[] = [];
  let missingRequired = false;
  const values: Record<string, unknown> = {};
  for (const field of fields) {
    const entry = form.get(field.name);
    if (entry === undefined) {
      if (field.required) {
        missingRequired = true;
        problems.push(`${field.name} is required`);
      }
      continue;
    }
    if (field.isFile) {
      const problem =
        typeof entry === "string"
          ? `${field.name} must be sent as a file part (a form field with a filename), not as text`
          : fileProblem(field, entry, maxFileBytes);
      if (problem) problems.push(problem);
      else values[field.name] = entry;
      continue;
    }
    if (typeof entry !== "string") {
      problems.push(`${field.name} must be a text field, not a file part`);
      continue;
    }
    const reading = readText(document, field.name, field.schema, entry);
    if ("problem" in reading) problems.push(reading.problem);
    else values[field.name] = reading.value;
  }
  return problems.length > 0 ? { problems, missingRequired } : { values };
}
