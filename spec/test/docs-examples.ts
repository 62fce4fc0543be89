import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The API documentation's example payloads, one file each, kept in the repository (see its README). */
export const DOCS_EXAMPLES_DIR = fileURLToPath(new URL("./fixtures/docs-examples", import.meta.url));

export interface DocsExample {
  file: string;
  value: unknown;
  /** The documentation's copy was cut off: only the visible fields are in the file. */
  partial: boolean;
  /** Query-string values of a request, not a body. */
  query: boolean;
}

/** A fixture file: the documentation page(s) it came from, and the payload as the page shows it. */
interface DocsExampleFile {
  source: { pages: string[]; shows: string; generation: string; complete: boolean };
  example: unknown;
}

export function readDocsExamples(dir: string = DOCS_EXAMPLES_DIR): DocsExample[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => {
      const { source, example } = JSON.parse(readFileSync(join(dir, file), "utf8")) as DocsExampleFile;
      if (!source?.pages?.length || example === undefined) {
        throw new Error(`${join(dir, file)} must hold { "source": { "pages": [...], ... }, "example": ... }`);
      }
      return { file, value: example, partial: !source.complete, query: file.includes(".request.query.") };
    });
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
