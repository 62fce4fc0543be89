// Walking the operations of a bundled OpenAPI document, and following its local $refs.

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/**
 * @typedef {{ path: string, method: string, operation: any, operationId: string, pathParameters: any[] }} OperationEntry
 */

/**
 * Calls `visit` once per operation, in document order, with its path, method and path-level parameters.
 * @param {any} spec
 * @param {(entry: OperationEntry) => void} visit
 */
export function forEachOperation(spec, visit) {
  for (const [path, pathItem] of Object.entries(spec.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!operation) continue;
      if (!operation.operationId) {
        throw new Error(`${method.toUpperCase()} ${path} has no operationId: samples are named after it, so add one to the spec.`);
      }
      visit({ path, method, operation, operationId: operation.operationId, pathParameters: pathItem.parameters ?? [] });
    }
  }
}

/** Follows `#/...` references (repeatedly) inside the same document. */
export function resolve(spec, value) {
  let current = value;
  const seen = new Set();
  while (current && typeof current === "object" && typeof current.$ref === "string") {
    const ref = current.$ref;
    if (!ref.startsWith("#/")) throw new Error(`Only local references can be resolved in a bundle, got ${ref}`);
    if (seen.has(ref)) throw new Error(`Circular reference ${ref}`);
    seen.add(ref);
    current = ref
      .slice(2)
      .split("/")
      .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
      .reduce((node, key) => node?.[key], spec);
    if (current === undefined) throw new Error(`Reference ${ref} points at nothing in the bundle`);
  }
  return current;
}

/** The operation's parameters, path-level ones overridden by operation-level ones of the same name and place. */
export function parametersOf(spec, { operation, pathParameters }) {
  const byKey = new Map();
  for (const raw of [...pathParameters, ...(operation.parameters ?? [])]) {
    const parameter = resolve(spec, raw);
    byKey.set(`${parameter.in}:${parameter.name}`, parameter);
  }
  return [...byKey.values()];
}

/** Status codes of the operation's documented success responses (2xx), as numbers, lowest first. */
export function successStatuses(operation) {
  return Object.keys(operation.responses ?? {})
    .filter((code) => /^2\d\d$/.test(code))
    .map(Number)
    .sort((a, b) => a - b);
}
