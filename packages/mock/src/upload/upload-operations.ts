import { formFields, listOperations, templateMatcher, type FormField, type OpenApiDocument, type Operation } from "@identitycall/openapi/model";

/** An operation whose request body is `multipart/form-data`: Prism cannot parse those, so the mock answers them. */
export interface UploadOperation {
  operation: Operation;
  /** Whether a request path fits the operation's template (`/recordings/{id}` → `/recordings/125`). */
  matches(path: string): boolean;
  fields: FormField[];
}

/** Every multipart operation of the document, as the spec model reads it. */
export function findUploadOperations(document: OpenApiDocument): UploadOperation[] {
  return listOperations(document).flatMap((operation) => {
    const media = operation.requestBody?.content.find((m) => m.mediaType === "multipart/form-data");
    if (!media?.schema) return [];
    const match = templateMatcher(operation.path);
    return [{ operation, matches: (path: string) => match(path) !== undefined, fields: formFields(document, media) }];
  });
}
