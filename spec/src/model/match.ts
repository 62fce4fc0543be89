// Which operation a concrete request went to, and the values of its path parameters.
import type { Operation } from "./operations.js";

export interface MatchedOperation {
  operation: Operation;
  /** Path parameters by name, percent-decoded. */
  pathParams: Record<string, string>;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A matcher for one path template: `/recordings/{id}` matches `/recordings/125` (and `/recordings/125/`). */
export function templateMatcher(template: string): (path: string) => Record<string, string> | undefined {
  const names: string[] = [];
  const source = template
    .split(/(\{[^}]+\})/)
    .map((piece) => (/^\{[^}]+\}$/.test(piece) ? (names.push(piece.slice(1, -1)), "([^/]+)") : escapeRegExp(piece)))
    .join("");
  const pattern = new RegExp(`^${source}/?$`);
  return (path) => {
    const found = pattern.exec(path);
    if (!found) return undefined;
    try {
      return Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(found[i + 1] ?? "")]));
    } catch {
      return undefined; // a malformed %-escape names no resource
    }
  };
}

/**
 * Finds the operation for a method and a path (relative to the API's base path; a full URL's pathname works when
 * `basePath` is given). Literal templates win over templated ones: `/virtual_numbers/available` is not `{id}`.
 */
export function createOperationMatcher(operations: Operation[]) {
  const byLiteralness = [...operations].sort((a, b) => Number(a.path.includes("{")) - Number(b.path.includes("{")));
  const matchers = byLiteralness.map((operation) => ({ operation, match: templateMatcher(operation.path) }));
  return (method: string, path: string, basePath = ""): MatchedOperation | undefined => {
    const relative = basePath && path.startsWith(basePath) ? path.slice(basePath.replace(/\/$/, "").length) || "/" : path;
    const upper = method.toUpperCase();
    for (const { operation, match } of matchers) {
      if (operation.method !== upper) continue;
      const pathParams = match(relative);
      if (pathParams) return { operation, pathParams };
    }
    return undefined;
  };
}
