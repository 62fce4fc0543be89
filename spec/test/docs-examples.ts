import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The folder of example payloads copied from the API documentation: `IDENTITYCALL_DOCS_EXAMPLES`, else
 * `../shared/api-reference/examples` beside the repository. `skip` means "not available here".
 */
export function docsExamplesDir(): string | "skip" {
  const fromEnv = process.env.IDENTITYCALL_DOCS_EXAMPLES;
  if (fromEnv === "skip") return "skip";
  return fromEnv ?? fileURLToPath(new URL("../../../shared/api-reference/examples", import.meta.url));
}

export interface DocsExample {
  file: string;
  value: unknown;
  /** The documentation's copy was cut off: only the visible fields are in the file. */
  partial: boolean;
  /** Query-string values of a request, not a body. */
  query: boolean;
}

export function readDocsExamples(dir: string): DocsExample[] {
  if (!existsSync(dir)) {
    throw new Error(
      `The API documentation's examples folder is missing: ${dir}. Put it there, point ` +
        "IDENTITYCALL_DOCS_EXAMPLES at it, or set IDENTITYCALL_DOCS_EXAMPLES=skip to leave this check out.",
    );
  }
  return readdirSync(dir)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => ({
      file,
      value: JSON.parse(readFileSync(join(dir, file), "utf8")) as unknown,
      partial: file.includes(".partial."),
      query: file.includes(".request.query."),
    }));
}

/**
 * Whether `expected` (a cut-off copy) is contained in `actual`: objects by their keys, arrays item by item
 * (the spec may hold more items), and strings the documentation elides with a trailing "..." by prefix.
 */
export function containsDeep(actual: unknown, expected: unknown): boolean {
  if (typeof expected === "string" && expected.endsWith("...")) {
    return typeof actual === "string" && actual.startsWith(expected.slice(0, -3));
  }
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && expected.every((item, i) => i < actual.length && containsDeep(actual[i], item));
  }
  if (expected !== null && typeof expected === "object") {
    if (actual === null || typeof actual !== "object" || Array.isArray(actual)) return false;
    const record = actual as Record<string, unknown>;
    return Object.entries(expected).every(([key, value]) => key in record && containsDeep(record[key], value));
  }
  return Object.is(actual, expected);
}

/** The value at a JSON pointer ("" = the value itself). */
export function atJsonPointer(value: unknown, pointer: string): unknown {
  if (pointer === "") return value;
  return pointer
    .slice(1)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], value);
}
