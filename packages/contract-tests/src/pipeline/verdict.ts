// The suite's judge: one answer of the API against the spec, recorded in the run's ledger, and a failed check
// when it does not match. The error carries no stack: its frames would point into this package, not at the
// user's API, and the message already names the operation, the request and every violation.
import type { Operation, SpecModel } from "../spec/suite-spec.js";
import { documentedResponse, mediaTypesOf } from "../spec/suite-spec.js";
import { appendRecord, type ExchangeRecord } from "./exchange-record.js";
import { describeViolation, type Violation } from "./violation-kinds.js";
import { findViolations, mediaTypeOf } from "./violations.js";

interface PrismProblem {
  type?: string;
  title?: string;
  detail?: string;
  validation?: { location?: string[]; message?: string }[];
}

/** A failed contract check, reported without stack frames. */
export class ContractViolationError extends Error {
  override name = "ContractViolation";
  constructor(message: string) {
    super(message);
    this.stack = `${this.name}: ${message}`;
  }
}

/** Prism's list of what it found, a line each. */
const prismLines = (items: PrismProblem["validation"] = []) => items.map((v) => `  - ${v.location?.join(".") ?? ""}: ${v.message ?? "is invalid"}`);

/** Prism's own answer instead of the API's: a problem document on a status whose documented body is not one. */
function prismAnswer(operation: Operation, response: Response, body: unknown): string | undefined {
  const contentType = mediaTypeOf(response.headers);
  if (contentType !== "application/problem+json") return undefined;
  const documented = documentedResponse(operation, response.status);
  if (documented && mediaTypesOf(documented).includes("application/problem+json")) return undefined;
  const problem = (body ?? {}) as PrismProblem;
  return [`Prism answered ${response.status} itself instead of the API (${[problem.title, problem.detail].filter(Boolean).join(": ") || "no detail"})`, ...prismLines(problem.validation)].join("\n");
}

/** Warnings Prism attaches to an exchange it let through (`sl-violations`): about the request the suite sent. */
function prismWarnings(response: Response): string | undefined {
  const header = response.headers.get("sl-violations");
  if (!header) return undefined;
  let warnings: PrismProblem["validation"];
  try {
    warnings = JSON.parse(header) as typeof warnings;
  } catch {
    warnings = [{ message: header }];
  }
  return `Prism flags the request:\n${prismLines(warnings).join("\n")}`;
}

/**
 * The judge of one run: `assertContract(operation, label, response, body)` records the exchange in `ledgerFile` and
 * throws a ContractViolationError naming every violation. `body` is what the client returned (data or error).
 */
export function createContractJudge(spec: SpecModel, ledgerFile?: string) {
  return function assertContract(operation: Operation, label: string, response: Response, body: unknown): void {
    const base = { operationId: operation.operationId, request: `${operation.method} ${operation.path}`, label, status: response.status };
    const fromPrism = prismAnswer(operation, response, body) ?? prismWarnings(response);
    if (fromPrism) {
      appendRecord(ledgerFile, { ...base, outcome: "proxy", violations: [], note: fromPrism });
      throw new ContractViolationError(`${operation.operationId}: ${base.request} (${label}): ${fromPrism}`);
    }
    const violations: Violation[] = findViolations(spec, operation, { status: response.status, headers: response.headers, body });
    const record: ExchangeRecord = { ...base, outcome: violations.length > 0 ? "violations" : "matched", violations };
    appendRecord(ledgerFile, record);
    if (violations.length > 0) {
      throw new ContractViolationError(
        `${operation.operationId}: ${base.request} (${label}) breaks the contract (HTTP ${response.status}):\n- ${violations.map(describeViolation).join("\n- ")}`,
      );
    }
  };
}

export type AssertContract = ReturnType<typeof createContractJudge>;
