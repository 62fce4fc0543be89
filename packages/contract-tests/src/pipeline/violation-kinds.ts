// The words of a violation, shared by the judge (in the suite's worker) and the reports (in the CLI's process).

/** `broke-contract`: the API did something the spec rules out. `unforeseen`: something the spec did not plan for. */
export type ViolationKind = "broke-contract" | "unforeseen";

export interface Violation {
  /** Where: `status`, `Content-Type`, a header name, or a JSON path into the body (`$.data[0].duration_ms`). */
  where: string;
  message: string;
  kind: ViolationKind;
  /** How many array items showed the same problem at this place (1 when it is not inside an array). */
  count: number;
}

/** What a reader is to do about each kind, in the words of every report. */
export const VIOLATION_KINDS: Record<ViolationKind, string> = {
  "broke-contract": "the API broke the documented contract: fix the API",
  unforeseen: "the spec did not foresee this answer: widen the spec if the API is right",
};

/** The short mark each kind carries at the end of a violation's line. */
export const VIOLATION_TAGS: Record<ViolationKind, string> = {
  "broke-contract": "broke the contract",
  unforeseen: "not foreseen by the spec",
};

/** One line per violation, as reports print it. */
export function describeViolation(violation: Violation): string {
  const items = violation.count > 1 ? ` (and ${violation.count - 1} more item(s) alike)` : "";
  return `${violation.where} ${violation.message}${items} [${VIOLATION_TAGS[violation.kind]}]`;
}
