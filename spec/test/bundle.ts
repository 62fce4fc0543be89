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

/** Where an example was copied from: a file of the API documentation's examples folder. */
export interface ExampleSource {
  /** `x-source-file`: the file name in the documentation's examples folder. */
  file: string;
  /** `x-source-pointer`: the part of the value the file holds (a JSON pointer; "" = all of it). */
  pointer: string;
}

export interface MediaTypeExample {
  /** Where it is used, e.g. `GET /virtual_numbers 200 application/json`. */
  where: string;
  name: string;
  value: unknown;
  /** Pointer of the schema the example must satisfy. */
  schemaPointer: string;
  operationId: string;
  /** `request`, or the response status code. */
  part: string;
  mediaType: string;
  source?: ExampleSource;
}

function sourceOf(example: Node): ExampleSource | undefined {
  const file = example["x-source-file"];
  if (typeof file !== "string") return undefined;
  const pointer = example["x-source-pointer"];
  return { file, pointer: typeof pointer === "string" ? pointer : "" };
}

/** Every named example of every request body and response body, with the schema it belongs to. */
export function mediaTypeExamples(): MediaTypeExample[] {
  const found: MediaTypeExample[] = [];
  for (const op of operations()) {
    const label = `${op.method.toUpperCase()} ${op.path}`;
    const operationId = String(op.node.operationId);
    const collect = (part: string, content: Node | undefined, contentPointer: string) => {
      for (const [mediaType, media] of Object.entries(content ?? {}) as [string, Node][]) {
        const mediaPointer = `${contentPointer}/${escape(mediaType)}`;
        const schema = resolve(media.schema, `${mediaPointer}/schema`);
        for (const [name, example] of Object.entries((media.examples as Node | undefined) ?? {})) {
          const resolved = resolve(example, `${mediaPointer}/examples/${escape(name)}`).node;
          found.push({
            where: `${label} ${part} ${mediaType}`,
            name,
            value: resolved.value,
            schemaPointer: schema.pointer,
            operationId,
            part,
            mediaType,
            source: sourceOf(resolved),
          });
        }
      }
    };
    if (op.node.requestBody) {
      const body = resolve(op.node.requestBody, `${op.pointer}/requestBody`);
      collect("request", body.node.content as Node, `${body.pointer}/content`);
    }
    for (const [status, response] of Object.entries(op.node.responses as Node)) {
      const resolved = resolve(response, `${op.pointer}/responses/${status}`);
      collect(status, resolved.node.content as Node, `${resolved.pointer}/content`);
    }
  }
  return found;
}

export interface ParameterExample {
  /** E.g. `GET /recordings query per_page`. */
  where: string;
  name: string;
  operationId: string;
  parameter: string;
  value: unknown;
  schemaPointer: string;
  source?: ExampleSource;
}

/** The parameters an operation takes (path-level ones included), resolved, with their pointers. */
export function parametersOf(op: Operation): { node: Node; pointer: string }[] {
  const pathPointer = op.pointer.slice(0, op.pointer.lastIndexOf("/"));
  const pathItem = atPointer(pathPointer) as Node;
  const shared = ((pathItem.parameters as unknown[] | undefined) ?? []).map((p, i) =>
    resolve(p, `${pathPointer}/parameters/${i}`),
  );
  const own = ((op.node.parameters as unknown[] | undefined) ?? []).map((p, i) =>
    resolve(p, `${op.pointer}/parameters/${i}`),
  );
  return [...shared, ...own];
}

/** Every example of every parameter (`example` and each entry of `examples`), with the parameter's schema. */
export function parameterExamples(): ParameterExample[] {
  return operations().flatMap((op) =>
    parametersOf(op).flatMap(({ node, pointer }) => {
      const base = {
        where: `${op.method.toUpperCase()} ${op.path} ${String(node.in)} ${String(node.name)}`,
        operationId: String(op.node.operationId),
        parameter: String(node.name),
        schemaPointer: resolve(node.schema, `${pointer}/schema`).pointer,
      };
      const single = "example" in node ? [{ ...base, name: "example", value: node.example }] : [];
      const named = Object.entries((node.examples as Node | undefined) ?? {}).map(([name, example]) => {
        const resolved = resolve(example, `${pointer}/examples/${escape(name)}`).node;
        return { ...base, name, value: resolved.value, source: sourceOf(resolved) };
      });
      return [...single, ...named];
    }),
  );
}
