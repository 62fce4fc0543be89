import createClientExport from "openapi-fetch";

/**
 * openapi-fetch's `createClient`, in both of our builds. Its CommonJS file sets `exports.default` without the
 * `__esModule` marker, so from our CJS build the default import is the whole module, with the function on `.default`.
 */
export const createClient: typeof createClientExport =
  (createClientExport as unknown as { default?: typeof createClientExport }).default ?? createClientExport;
