// The bundled spec for what runs inside users' tests (the MSW handlers, the fixtures), in Node or in a browser
// bundle: the JSON is bundled into the module, and one model serves them all, so its validator is set up once.
import bundled from "@identitycall/openapi/openapi.json" with { type: "json" };
import { createSpecModel, type OpenApiDocument, type SpecModel } from "@identitycall/openapi/model";

export const BUNDLED_DOCUMENT = bundled as unknown as OpenApiDocument;

let model: SpecModel | undefined;

/** The spec model of the bundled document, made on first use (Ajv itself only on the first validation). */
export function bundledSpec(): SpecModel {
  return (model ??= createSpecModel(BUNDLED_DOCUMENT));
}
