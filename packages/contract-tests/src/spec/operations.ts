import { dereference, type JsonObject, type OpenApiDocument } from "./openapi-document.js";

export interface Parameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required: boolean;
  schema: JsonObject;
  example?: unknown;
  examples?: Record<string, { value?: unknown }>;
}

export interface DocumentedResponse {
  status: number;
  /** Media types of the body, e.g. `["application/json"]`; empty for a body-less response such as 204. */
  mediaTypes: string[];
  /** Documented examples by key, values resolved. */
  examples: Map<string, unknown>;
  /** The first media type's schema as written (its `$ref`s point into the document's components). */
  schema?: JsonObject;
}

export interface Operation {
  operationId: string;
  method: string;
  pathTemplate: string;
  parameters: Parameter[];
  /** Media type → its object (schema, examples), for operations that take a body. */
  requestBody?: { required: boolean; content: Record<string, JsonObject> };
  responses: DocumentedResponse[];
}

const METHODS = ["get", "put", "post", "delete", "patch"];

function mediaExamples(document: OpenApiDocument, media: JsonObject): Map<string, unknown> {
  const examples = new Map<string, unknown>();
  for (const [key, example] of Object.entries((media.examples as JsonObject | undefined) ?? {})) {
    examples.set(key, dereference<{ value?: unknown }>(document, example).value);
  }
  if (examples.size === 0 && media.example !== undefined) examples.set("example", media.example);
  return examples;
}

/** Every operation of the document, in document order, with `$ref`s of parameters and responses followed. */
export function listOperations(document: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [pathTemplate, rawPathItem] of Object.entries(document.paths)) {
    const pathItem = dereference<JsonObject>(document, rawPathItem);
    const shared = ((pathItem.parameters as unknown[] | undefined) ?? []).map((p) => dereference<Parameter>(document, p));
    for (const method of METHODS) {
      const operation = pathItem[method] as JsonObject | undefined;
      if (!operation) continue;
      const own = ((operation.parameters as unknown[] | undefined) ?? []).map((p) => dereference<Parameter>(document, p));
      const parameters = [...shared.filter((s) => !own.some((o) => o.name === s.name && o.in === s.in)), ...own];
      const body = operation.requestBody ? dereference<JsonObject>(document, operation.requestBody) : undefined;
      const responses: DocumentedResponse[] = Object.entries((operation.responses as JsonObject | undefined) ?? {})
        .filter(([status]) => /^\d{3}$/.test(status))
        .map(([status, raw]) => {
          const response = dereference<JsonObject>(document, raw);
          const content = (response.content as Record<string, JsonObject> | undefined) ?? {};
          const mediaTypes = Object.keys(content);
          const first = mediaTypes[0];
          const examples = first ? mediaExamples(document, content[first] ?? {}) : new Map<string, unknown>();
          const schema = first ? (content[first]?.schema as JsonObject | undefined) : undefined;
          return { status: Number(status), mediaTypes, examples, ...(schema ? { schema } : {}) };
        });
      operations.push({
        operationId: (operation.operationId as string | undefined) ?? `${method.toUpperCase()} ${pathTemplate}`,
        method: method.toUpperCase(),
        pathTemplate,
        parameters: parameters.map((p) => ({ ...p, required: p.required ?? false, schema: dereference(document, p.schema ?? {}) })),
        ...(body
          ? {
              requestBody: {
                required: (body.required as boolean | undefined) ?? false,
                content: (body.content as Record<string, JsonObject> | undefined) ?? {},
              },
            }
          : {}),
        responses,
      });
    }
  }
  return operations;
}

/** `(operationId, status)` for every documented response: what the coverage gate requires. */
export function documentedPairs(operations: Operation[]): string[] {
  return operations.flatMap((op) => op.responses.map((r) => pairKey(op.operationId, r.status)));
}

export const pairKey = (operationId: string, status: number) => `${operationId} ${status}`;

/** Finds the operation a concrete request went to, by method and path template. */
export function matchOperation(operations: Operation[], method: string, path: string): Operation | undefined {
  const candidates = operations.filter((op) => op.method === method.toUpperCase());
  // Literal segments win over templated ones (`/virtual_numbers/available` before `/virtual_numbers/{id}`).
  const exact = candidates.find((op) => op.pathTemplate === path);
  if (exact) return exact;
  return candidates.find((op) => {
    const pattern = op.pathTemplate
      .split(/\{[^}]+\}/)
      .map((piece) => piece.replace(/[.*+?^$()|[\]\\]/g, "\\$&"))
      .join("[^/]+");
    return new RegExp(`^${pattern}/?$`).test(path);
  });
}
