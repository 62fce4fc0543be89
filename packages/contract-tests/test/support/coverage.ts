import { documentedPairs, matchOperation, pairKey, type Operation } from "../../src/spec/operations.js";

/**
 * Records which (operationId, status) pairs actually came back over the wire: the coverage gate counts
 * answers seen, not tests written.
 */
export function createCoverageRecorder(operations: Operation[]) {
  const seen = new Set<string>();
  // init carries the client's abort signal: passing it on lets a timeout cancel the transfer.
  const recordingFetch = async (request: Request, init?: RequestInit): Promise<Response> => {
    const response = await fetch(request, init);
    const operation = matchOperation(operations, request.method, new URL(request.url).pathname);
    if (operation) seen.add(pairKey(operation.operationId, response.status));
    return response;
  };

  function missing(): string[] {
    return documentedPairs(operations).filter((pair) => !seen.has(pair));
  }

  /** One line per operation: each documented status, ticked when it was exercised. */
  function table(): string {
    const width = Math.max(...operations.map((op) => op.operationId.length));
    const lines = operations.map((op) => {
      const cells = op.responses.map((r) => `${r.status} ${seen.has(pairKey(op.operationId, r.status)) ? "✓" : "✗"}`);
      return `${op.operationId.padEnd(width)}  ${op.method.padEnd(6)} ${cells.join("  ")}`;
    });
    const total = documentedPairs(operations).length;
    return [...lines, `${total - missing().length}/${total} (operation, status) pairs exercised`].join("\n");
  }

  return { recordingFetch, missing, table };
}
