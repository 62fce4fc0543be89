import { documentedResponse, mediaTypesOf, statusResponses, type Operation } from "../spec/suite-spec.js";

interface PrismViolation {
  location?: string[];
  message?: string;
  severity?: string;
}

function describeViolation(violation: PrismViolation): string {
  const where = violation.location?.join(".") ?? "(somewhere)";
  return `${violation.severity ? `[${violation.severity}] ` : ""}${where}: ${violation.message ?? "is invalid"}`;
}

function documentedMediaType(operation: Operation, status: number): string[] | undefined {
  const response = documentedResponse(operation, status);
  return response && mediaTypesOf(response);
}

/**
 * Everything that makes one proxied response break the contract, each as a sentence; empty when it matched.
 * `body` is what the client returned (data or error), already parsed.
 */
export function contractProblems(operation: Operation, response: Response, body: unknown): string[] {
  const problems: string[] = [];
  const contentType = (response.headers.get("content-type") ?? "").split(";")[0]?.trim() ?? "";
  const problem = body as { type?: string; title?: string; detail?: string; validation?: PrismViolation[] } | undefined;

  if (contentType === "application/problem+json" && problem?.type?.endsWith("#VIOLATIONS")) {
    problems.push(
      `the API's response breaks the spec; Prism reports:\n${(problem.validation ?? []).map((v) => `  - ${describeViolation(v)}`).join("\n")}`,
    );
    return problems;
  }
  const documentsProblems = documentedMediaType(operation, response.status)?.includes("application/problem+json");
  if (contentType === "application/problem+json" && !documentsProblems) {
    // Prism's own answer: the upstream could not be reached, or the request itself broke the spec.
    const detail = [problem?.title, problem?.detail].filter(Boolean).join(": ");
    problems.push(`Prism answered ${response.status} itself instead of the API (${detail || "no detail"})`);
    return problems;
  }

  const header = response.headers.get("sl-violations");
  if (header) {
    let violations: PrismViolation[];
    try {
      violations = JSON.parse(header) as PrismViolation[];
    } catch {
      violations = [{ message: header }];
    }
    problems.push(`Prism flags the exchange:\n${violations.map((v) => `  - ${describeViolation(v)}`).join("\n")}`);
  }

  const mediaTypes = documentedMediaType(operation, response.status);
  if (mediaTypes === undefined) {
    const documented = statusResponses(operation).map((r) => r.code).join(", ");
    problems.push(`status ${response.status} is not documented for ${operation.operationId} (documented: ${documented})`);
  } else if (mediaTypes.length > 0 && response.status !== 204 && !mediaTypes.includes(contentType)) {
    problems.push(
      `Content-Type is "${contentType || "(none)"}", but the spec documents ${mediaTypes.join(" or ")} for ${response.status}`,
    );
  }
  return problems;
}

/** Throws one error naming the operation, the exchange and every problem: what a failing test reports. */
export function assertContract(operation: Operation, label: string, response: Response, body: unknown): void {
  const problems = contractProblems(operation, response, body);
  if (problems.length > 0) {
    throw new Error(
      `${operation.operationId} (${label}) breaks the contract (HTTP ${response.status} through the proxy):\n- ${problems.join("\n- ")}`,
    );
  }
}
