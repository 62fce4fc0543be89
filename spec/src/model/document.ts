// The shapes of an OpenAPI 3.1 document that the workspace reads, and the one way to follow its references.

export type JsonObject = Record<string, unknown>;

export type JsonSchema = JsonObject & {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  example?: unknown;
  examples?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  format?: string;
  contentMediaType?: string;
  contentEncoding?: string;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
};

export interface OpenApiDocument {
  openapi: string;
  info?: JsonObject;
  servers?: { url: string }[];
  paths: Record<string, JsonObject>;
  components?: Record<string, Record<string, unknown>>;
  [key: string]: unknown;
}

/** Reads one segment of a JSON pointer (`~1` is `/`, `~0` is `~`). */
export const unescapePointer = (segment: string) => segment.replace(/~1/g, "/").replace(/~0/g, "~");

/** Writes one segment of a JSON pointer. */
export const escapePointer = (segment: string) => segment.replace(/~/g, "~0").replace(/\//g, "~1");

/** The value at a local JSON pointer (`#/components/schemas/X`), or undefined. */
export function atPointer(document: unknown, pointer: string): unknown {
  if (pointer === "#" || pointer === "") return document;
  return pointer
    .replace(/^#?\//, "")
    .split("/")
    .map(unescapePointer)
    .reduce<unknown>((node, key) => (node as JsonObject | undefined)?.[key], document);
}

/**
 * Follows `$ref`s (the bundle holds only local ones) to the object they name, and says where it is. A dangling
 * reference, a remote one or a cycle is an error that names the reference.
 */
export function resolveRef<T = JsonObject>(document: OpenApiDocument, value: unknown, pointer = ""): { node: T; pointer: string } {
  let current = value;
  let at = pointer;
  for (let hops = 0; hops < 64; hops++) {
    const ref = (current as { $ref?: unknown } | null | undefined)?.$ref;
    if (typeof ref !== "string") return { node: current as T, pointer: at };
    if (!ref.startsWith("#")) throw new Error(`Only local $refs are read, found ${ref} at ${at || "(root)"}`);
    at = ref;
    current = atPointer(document, ref);
    if (current === undefined) throw new Error(`The spec has no target for $ref ${ref}`);
  }
  throw new Error(`A $ref chain from ${pointer || "(root)"} is longer than 64 hops (a cycle?)`);
}

/** `resolveRef` for when only the target matters. */
export function resolve<T = JsonObject>(document: OpenApiDocument, value: unknown): T {
  return resolveRef<T>(document, value).node;
}
