import type { MediaType, SpecModel } from "../../src/spec/suite-spec.js";

/** The problems of a body against a documented media type's schema, one line each; empty when it fits. */
export function createResponseValidator(spec: SpecModel) {
  return function validate(media: MediaType, body: unknown): string[] {
    return spec.validate(media.schemaPointer, body).map((problem) => `${problem.path || "(body)"} ${problem.message}`);
  };
}
