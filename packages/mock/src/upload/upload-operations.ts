import { templateMatcher, type FormField, type Operation, type SpecModel } from "@identitycall/openapi/model";

/** An operation whose request body is `multipart/form-data`: Prism cannot parse those, so the mock answers them. */
export interface UploadOperation {
  operation: Operation;
  /** Whether a request path fits the operation's template (`/recordings/{id}` → `/recordings/125`). */
  matches(path: string): boolean;
  fields: FormField[];
}

/** Every multipart operation of the spec, from the model the caller already has. */
export function findUploadOperations(spec: SpecModel): UploadOperation[] {
  return spec.operations.flatMap((operation) => {
    const media = operation.requestBody?.content.find((m) => m.mediaType === "multipart/form-data");
    if (!media?.schema) return [];
    const match = templateMatcher(operation.path);
    return [{ operation, matches: (path: string) => match(path) !== undefined, fields: spec.formFields(media) }];
  });
}
