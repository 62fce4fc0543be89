import { createRequire } from "node:module";

/**
 * The bundle shipped inside `@identitycall/mock`: the one the mock serves and the proxy validates with, found
 * without loading the mock itself. Kept apart from the spec model so the CLI can name it without
 * loading Ajv.
 */
export const BUNDLED_SPEC_PATH = createRequire(import.meta.url).resolve("@identitycall/mock/openapi.json");
