import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/** The bundle shipped inside `@identitycall/mock`, found without loading the mock (and Prism) itself. */
export const BUNDLED_SPEC_PATH = createRequire(import.meta.url).resolve("@identitycall/mock/openapi.json");

/** A loosely typed OpenAPI 3.1 document: the suite reads it generically, whatever operations it holds. */
export type OpenApiDocument = {
  paths: Record<string, Record<string, unknown>>;
  components?: Record<string, Record<string, unknown>>;
};

export type JsonObject = Record<string, unknown>;

/** The bundled spec shipped inside `@identitycall/mock`: the one the mock serves and the proxy validates with. */
export function readBundledSpec(path: string = BUNDLED_SPEC_PATH): OpenApiDocument {
  return JSON.parse(readFileSync(path, "utf8")) as OpenApiDocument;
}

/** Follows local `$ref`s until it reaches an object that is not a reference. */
export function dereference<T = JsonObject>(document: OpenApiDocument, value: unknown): T {
  let current = value;
  for (let hops = 0; hops < 32; hops++) {
    const ref = (current as { $ref?: unknown } | undefined)?.$ref;
    if (typeof ref !== "string") return current as T;
    if (!ref.startsWith("#/")) throw new Error(`Only local $refs are supported in the bundled spec, found ${ref}`);
    current = ref
      .slice(2)
      .split("/")
      .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce<unknown>((node, key) => (node as JsonObject | undefined)?.[key], document);
    if (current === undefined) throw new Error(`The bundled spec has no target for $ref ${ref}`);
  }
  throw new Error("A $ref chain in the bundled spec is longer than 32 hops (a cycle?)");
}
