import { spec } from "./bundle.js";

/** Validates a value against the schema at a pointer of the bundle; returns readable problems (none = valid). */
export function validateAt(schemaPointer: string, value: unknown): string[] {
  return spec.validate(schemaPointer, value).map((problem) => `${problem.path || "(root)"} ${problem.message}`.trim());
}
