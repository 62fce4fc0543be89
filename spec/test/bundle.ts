import { readFileSync } from "node:fs";

/** The bundled OpenAPI document, as tests and downstream packages see it. */
export const bundle = JSON.parse(readFileSync(new URL("../dist/openapi.json", import.meta.url), "utf8")) as Record<
  string,
  unknown
>;

type Node = Record<string, unknown>;

/** Looks up a JSON pointer (`#/components/schemas/X`) in the bundle. */
export function atPointer(pointer: string): unknown {
  return pointer
    .replace(/^#\//, "")
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce<unknown>((node, key) => (node as Node | undefined)?.[key], bundle);
}

/** Follows `$ref`s (the bundle holds only local ones) and returns the target with its pointer. */
export function resolve(node: unknown, pointer: string): { node: Node; pointer: string } {
  let current = node as Node;
  let at = pointer;
  while (typeof current.$ref === "string") {
    at = current.$ref;
    current = atPointer(at) as Node;
    if (!current) throw new Error(`Dangling $ref ${at} (reached from ${pointer})`);
  }
  return { node: current, pointer: at };
}

function escape(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

export interface Operation {
  method: string;
  path: string;
  pointer: string;
  node: Node;
}

/** Every operation in the bundle, in document order. */
export function operations(): Operation[] {
  const paths = bundle.paths as Record<string, Node>;
  return Object.entries(paths).flatMap(([path, item]) =>
    HTTP_METHODS.filter((method) => item[method]).map((method) => ({
      method,
      path,
      pointer: `#/paths/${escape(path)}/${method}`,
      node: item[method] as Node,
    })),
  );
}

export interface MediaTypeExample {
  /** Where it is used, e.g. `GET /virtual_numbers 200 application/json`. */
  where: string;
  name: string;
  value: unknown;
  /** Pointer of the schema the example must satisfy. */
  schemaPointer: string;
}

/** Every named example of every request body and response body, with the schema it belongs to. */
export function mediaTypeExamples(): MediaTypeExample[] {
  const found: MediaTypeExample[] = [];
  const collect = (where: string, content: Node | undefined, contentPointer: string) => {
    for (const [mediaType, media] of Object.entries(content ?? {}) as [string, Node][]) {
      const mediaPointer = `${contentPointer}/${escape(mediaType)}`;
      const schema = resolve(media.schema, `${mediaPointer}/schema`);
      for (const [name, example] of Object.entries((media.examples as Node | undefined) ?? {})) {
        const value = resolve(example, `${mediaPointer}/examples/${escape(name)}`).node.value;
        found.push({ where: `${where} ${mediaType}`, name, value, schemaPointer: schema.pointer });
      }
    }
  };
  for (const op of operations()) {
    const label = `${op.method.toUpperCase()} ${op.path}`;
    if (op.node.requestBody) {
      const body = resolve(op.node.requestBody, `${op.pointer}/requestBody`);
      collect(`${label} request`, body.node.content as Node, `${body.pointer}/content`);
    }
    for (const [status, response] of Object.entries(op.node.responses as Node)) {
      const resolved = resolve(response, `${op.pointer}/responses/${status}`);
      collect(`${label} ${status}`, resolved.node.content as Node, `${resolved.pointer}/content`);
    }
  }
  return found;
}
