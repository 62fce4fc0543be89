// The two samples every operation gets: file extension in packages/docs/samples, and how Redoc labels them.
export const SAMPLE_KINDS = [
  { extension: "sh", lang: "Shell", label: "cURL" },
  { extension: "ts", lang: "TypeScript", label: "TypeScript" },
];

/**
 * The file a sample of `operation` is kept in: `<operationId>.<extension>`.
 * @param {{ operationId: string }} operation
 * @param {{ extension: string }} kind
 */
export const sampleFileName = (operation, kind) => `${operation.operationId}.${kind.extension}`;
