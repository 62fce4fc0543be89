import { readFile } from "node:fs/promises";

/** The parts of an OpenAPI 3.1 document the mock reads itself (everything else is Prism's business). */
export interface OpenApiDocument {
  paths: Record<string, Record<string, unknown>>;
  components?: Record<string, Record<string, unknown>>;
}

export interface MediaTypeObject {
  schema?: JsonSchema;
  example?: unknown;
  examples?: Record<string, { value?: unknown; $ref?: string }>;
}

export interface ResponseObject {
  content?: Record<string, MediaTypeObject>;
}

export interface OperationObject {
  operationId?: string;
  requestBody?: { content?: Record<string, MediaTypeObject> };
  responses?: Record<string, ResponseObject>;
}

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  format?: string;
  contentMediaType?: string;
  contentEncoding?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  [keyword: string]: unknown;
};

export async function readOpenApiDocument(path: string): Promise<OpenApiDocument> {
  return JSON.parse(await readFile(path, "utf8")) as OpenApiDocument;
}

/** Follows local `$ref`s (`#/components/...`) until it reaches an object that is not a reference. */
export function dereference<T>(document: OpenApiDocument, value: T): T {
  let current: unknown = value;
  for (let hops = 0; hops < 32; hops++) {
    const ref = (current as { $ref?: unknown } | undefined)?.$ref;
    if (typeof ref !== "string") return current as T;
    if (!ref.startsWith("#/")) throw new Error(`Only local $refs are supported in the bundled spec, found ${ref}`);
    current = ref
      .slice(2)
      .split("/")
      .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], document);
    if (current === undefined) throw new Error(`The bundled spec has no target for $ref ${ref}`);
  }
  throw new Error("A $ref chain in the bundled spec is longer than 32 hops (a cycle?)");
}

/** The documented examples of one response, by key, with their values resolved. */
export function responseExamples(document: OpenApiDocument, response: ResponseObject): Map<string, unknown> {
  const examples = new Map<string, unknown>();
  for (const media of Object.values(dereference(document, response).content ?? {})) {
    for (const [key, example] of Object.entries(media.examples ?? {})) {
      examples.set(key, dereference(document, example).value);
    }
    if (media.example !== undefined && examples.size === 0) examples.set("example", media.example);
  }
  return examples;
}
