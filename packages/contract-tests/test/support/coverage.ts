import { documentedPairs, pairKey, statusResponses, type SpecModel } from "../../src/spec/suite-spec.js";

/**
 * Records which (operationId, status) pairs actually came back over the wire: the coverage gate counts
 * answers seen, not tests written.
 */
export function createCoverageRecorder(spec: SpecModel) {
  const { operations } = spec;
  const seen = new Set<string>();
  // init carries the client's abort signal: passing it on lets a timeout cancel the transfer.
  const recordingFetch = async (request: Request, init?: RequestInit): Promise<Response> => {
    const response = await fetch(request, init);
    const matched = spec.match(request.method, new URL(request.url).pathname);
    if (matched) seen.add(pairKey(matched.operation.operationId, response.status));
    return response;
  };

  function missing(): string[] {
    return documentedPairs(operations).filter((pair) => !seen.has(pair));
  }

  /** One line per operation: each documented status, ticked when it was exercised. */
  function table(): string {
    const width = Math.max(...operations.map((op) => op.operationId.length));
    const lines = operations.map((op) => {
      const cells = statusResponses(op).map((r) => `${r.code} ${seen.has(pairKey(op.operationId, r.code)) ? "✓" : "✗"}`);
      return `${op.operationId.padEnd(width)}  ${op.method.padEnd(6)} ${cells.join("  ")}`;
    });
    const total = documentedPairs(operations).length;
    return [...lines, `${total - missing().length}/${total} (operation, status) pairs exercised`].join("\n");
  }

  return { recordingFetch, missing, table };
}
