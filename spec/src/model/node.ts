// Node's way in: the bundle on disk, read and modelled once per process.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createSpecModel, type OpenApiDocument, type SpecModel } from "./index.js";

/** The bundled spec of this package (`dist/openapi.json`), built by `pnpm build`. */
// The same relative path from src/model/ and from dist/model/.
export const BUNDLED_SPEC_PATH = fileURLToPath(new URL("../../dist/openapi.json", import.meta.url));

export function readSpecDocument(path: string = BUNDLED_SPEC_PATH): OpenApiDocument {
  return JSON.parse(readFileSync(path, "utf8")) as OpenApiDocument;
}

const models = new Map<string, SpecModel>();

/** The model of the bundle at `path` (default: this package's), made once per process. */
export function loadSpec(path: string = BUNDLED_SPEC_PATH): SpecModel {
  let model = models.get(path);
  if (!model) models.set(path, (model = createSpecModel(readSpecDocument(path))));
  return model;
}
