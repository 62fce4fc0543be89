// Every operation of the document, read once, with references followed and path-level parameters merged.
import { escapePointer, resolveRef, type JsonObject, type JsonSchema, type OpenApiDocument } from "./document.js";

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** Where a documented example was copied from: a file of the documentation's examples (`x-source-file`). */
export interface ExampleSource {
  file: string;
  /** `x-source-pointer`: the part of the example the file holds ("" = all of it). */
  pointer: string;
}

export interface Example {
  name: string;
  value: unknown;
  pointer: string;
  source?: ExampleSource;
}

export interface MediaType {
  mediaType: string;
  schema?: JsonSchema;
  /** Where the schema is, after its `$ref`: what an Ajv `$ref` or an error message names. */
  schemaPointer: string;
  examples: Example[];
  /** Multipart encodings by field (`contentType` of a file part). */
  encoding: Record<string, { contentType?: string }>;
}

export interface Parameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required: boolean;
  description?: string;
  schema: JsonSchema;
  schemaPointer: string;
  examples: Example[];
  pointer: string;
}

export interface ResponseHeader {
  name: string;
  required: boolean;
  description?: string;
  schema: JsonSchema;
  /** Where the schema is, after its `$ref`: what `validate` and `acceptsText` take. */
  schemaPointer: string;
}

export interface DocumentedResponse {
  /** The status as the spec writes it: `"200"`, `"4XX"` or `"default"`. */
  status: string;
  description: string;
  /** Media types of the body, in document order; empty for a response without one (204). */
  content: MediaType[];
  headers: ResponseHeader[];
  pointer: string;
  /**
   * `x-tolerated`: a status the API is not expected to answer but that the spec accepts where the documentation is
   * silent (a creation answered `200` instead of `201`). Where an operation has several successes, the expected
   * one is the success that is not tolerated.
   */
  tolerated: boolean;
}

export interface Operation {
  operationId: string;
  /** Upper case: `GET`, `POST`, … */
  method: string;
  /** The path template, e.g. `/recordings/{id}`. */
  path: string;
  pointer: string;
  summary?: string;
  description?: string;
  tags: string[];
  /** `x-required-permission`: `read`, `write` or `delete`. */
  requiredPermission?: string;
  /** Path-level and operation-level parameters; where both name the same one, the operation's wins. */
  parameters: Parameter[];
  requestBody?: { required: boolean; content: MediaType[] };
  responses: DocumentedResponse[];
  /**
   * `x-idempotency-key`: the request body field that makes this operation safe to repeat (the API answers a
   * repeat with what the first request made), when the operation declares one.
   */
  idempotencyKey?: string;
}

function sourceOf(example: JsonObject): ExampleSource | undefined {
  const file = example["x-source-file"];
  if (typeof file !== "string") return undefined;
  const pointer = example["x-source-pointer"];
  return { file, pointer: typeof pointer === "string" ? pointer : "" };
}

/** The named examples of a media type or parameter (`examples`), else its single `example`. */
function examplesOf(document: OpenApiDocument, holder: JsonObject, pointer: string): Example[] {
  const named = Object.entries((holder.examples as JsonObject | undefined) ?? {}).map(([name, raw]) => {
    const { node, pointer: at } = resolveRef(document, raw, `${pointer}/examples/${escapePointer(name)}`);
    const source = sourceOf(node);
    return { name, value: node.value, pointer: at, ...(source ? { source } : {}) };
  });
  if (named.length > 0 || holder.example === undefined) return named;
  return [{ name: "example", value: holder.example, pointer: `${pointer}/example` }];
}

function mediaTypes(document: OpenApiDocument, content: unknown, pointer: string): MediaType[] {
  return Object.entries((content as Record<string, JsonObject> | undefined) ?? {}).map(([mediaType, media]) => {
    const at = `${pointer}/${escapePointer(mediaType)}`;
    const schema = media.schema === undefined ? undefined : resolveRef<JsonSchema>(document, media.schema, `${at}/schema`);
    return {
      mediaType,
      ...(schema ? { schema: schema.node } : {}),
      schemaPointer: schema?.pointer ?? `${at}/schema`,
      examples: examplesOf(document, media, at),
      encoding: (media.encoding as MediaType["encoding"] | undefined) ?? {},
    };
  });
}

function parameter(document: OpenApiDocument, raw: unknown, pointer: string): Parameter {
  const { node, pointer: at } = resolveRef(document, raw, pointer);
  const schema = resolveRef<JsonSchema>(document, node.schema ?? {}, `${at}/schema`);
  return {
    name: String(node.name),
    in: node.in as Parameter["in"],
    required: node.required === true,
    ...(typeof node.description === "string" ? { description: node.description } : {}),
    schema: schema.node,
    schemaPointer: schema.pointer,
    examples: examplesOf(document, node, at),
    pointer: at,
  };
}

function response(document: OpenApiDocument, status: string, raw: unknown, pointer: string): DocumentedResponse {
  const { node, pointer: at } = resolveRef(document, raw, pointer);
  const headers = Object.entries((node.headers as JsonObject | undefined) ?? {}).map(([name, rawHeader]) => {
    const { node: header, pointer: headerAt } = resolveRef(document, rawHeader, `${at}/headers/${escapePointer(name)}`);
    const schema = resolveRef<JsonSchema>(document, header.schema ?? {}, `${headerAt}/schema`);
    return {
      name,
      required: header.required === true,
      ...(typeof header.description === "string" ? { description: header.description } : {}),
      schema: schema.node,
      schemaPointer: schema.pointer,
    };
  });
  return {
    status,
    description: String(node.description ?? ""),
    content: mediaTypes(document, node.content, `${at}/content`),
    headers,
    pointer: at,
    tolerated: node["x-tolerated"] === true,
  };
}

/** Every operation of the document, in document order. */
export function listOperations(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, rawItem]) => {
    // A path item may itself be a `$ref`: pointers then name where it really is.
    const { node: item, pointer: itemPointer } = resolveRef(document, rawItem, `#/paths/${escapePointer(path)}`);
    const shared = ((item.parameters as unknown[] | undefined) ?? []).map((p, i) => parameter(document, p, `${itemPointer}/parameters/${i}`));
    return HTTP_METHODS.filter((method) => item[method]).map((method): Operation => {
      const pointer = `${itemPointer}/${method}`;
      const node = item[method] as JsonObject;
      const own = ((node.parameters as unknown[] | undefined) ?? []).map((p, i) => parameter(document, p, `${pointer}/parameters/${i}`));
      const parameters = [...shared.filter((s) => !own.some((o) => o.name === s.name && o.in === s.in)), ...own];
      const body = node.requestBody === undefined ? undefined : resolveRef(document, node.requestBody, `${pointer}/requestBody`);
      const responses = Object.entries((node.responses as JsonObject | undefined) ?? {}).map(([status, raw]) =>
        response(document, status, raw, `${pointer}/responses/${escapePointer(status)}`),
      );
      const text = (value: unknown) => (typeof value === "string" ? value : undefined);
      const optional = {
        summary: text(node.summary),
        description: text(node.description),
        requiredPermission: text(node["x-required-permission"]),
        idempotencyKey: text(node["x-idempotency-key"]),
      };
      return {
        operationId: text(node.operationId) ?? `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        pointer,
        tags: (node.tags as string[] | undefined) ?? [],
        ...(Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)) as Partial<typeof optional>),
        parameters,
        ...(body
          ? { requestBody: { required: body.node.required === true, content: mediaTypes(document, body.node.content, `${body.pointer}/content`) } }
          : {}),
        responses,
      };
    });
  });
}
