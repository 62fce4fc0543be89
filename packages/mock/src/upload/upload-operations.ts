import type { JsonSchema, OpenApiDocument, OperationObject } from "../openapi-document.js";
import { formFields, type FormField } from "./form-schema.js";

/** An operation whose request body is `multipart/form-data`: Prism cannot parse those, so the mock answers them. */
export interface UploadOperation {
  method: string;
  pathTemplate: string;
  operationId: string;
  /** Matches a request path against the template (`/recordings/{id}` → `/recordings/[^/]+`). */
  matches(path: string): boolean;
  fields: FormField[];
  operation: OperationObject;
}

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

function templateToRegExp(template: string): RegExp {
  const escaped = template.split(/\{[^}]+\}/).map((piece) => piece.replace(/[.*+?^$()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${escaped.join("[^/]+")}/?$`);
}

/** Every multipart operation of the document, found by reading its request bodies. */
export function findUploadOperations(document: OpenApiDocument): UploadOperation[] {
  const found: UploadOperation[] = [];
  for (const [pathTemplate, pathItem] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = pathItem[method] as OperationObject | undefined;
      const media = operation?.requestBody?.content?.["multipart/form-data"] as
        | { schema?: JsonSchema; encoding?: Record<string, { contentType?: string }> }
        | undefined;
      const schema = media?.schema;
      if (!operation || !schema) continue;
      const pattern = templateToRegExp(pathTemplate);
      found.push({
        method: method.toUpperCase(),
        pathTemplate,
        operationId: operation.operationId ?? `${method.toUpperCase()} ${pathTemplate}`,
        matches: (path) => pattern.test(path),
        fields: formFields(document, schema, media.encoding),
        operation,
      });
    }
  }
  return found;
}
