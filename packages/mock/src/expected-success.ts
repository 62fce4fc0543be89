import { createSpecModel, type OpenApiDocument } from "@identitycall/openapi/model";

/**
 * The success status to answer when a request does not ask for one. Where an operation documents more than one
 * 2xx, Prism would pick the lowest; the spec marks the ones it only tolerates (`x-tolerated`: a project creation
 * expects 201 and tolerates 200), so the expected one is chosen. Operations with one success are left to Prism.
 */
export function expectedSuccess(document: OpenApiDocument): (method: string, path: string) => number | undefined {
  const spec = createSpecModel(document);
  return (method, path) => {
    const operation = spec.match(method, path)?.operation;
    const successes = (operation?.responses ?? []).filter((r) => /^2\d\d$/.test(r.status));
    const expected = successes.filter((r) => !r.tolerated);
    return successes.length > 1 && expected.length === 1 ? Number(expected[0]!.status) : undefined;
  };
}
