import type { Operation } from "@identitycall/openapi/model";

const successesOf = (operation: Operation) => operation.responses.filter((r) => /^2\d\d$/.test(r.status));

/**
 * The success an operation is expected to answer: its one 2xx, or the one the spec does not mark `x-tolerated`
 * (a project creation expects 201 and tolerates 200). Prism alone would pick the lowest.
 */
export function expectedSuccess(operation: Operation): number {
  const successes = successesOf(operation);
  return Number((successes.find((r) => !r.tolerated) ?? successes[0])?.status ?? 200);
}

/** The status to ask Prism for where it would otherwise choose wrongly: only where the spec tolerates another success. */
export function successToSteer(operation: Operation): number | undefined {
  return successesOf(operation).some((r) => r.tolerated) ? expectedSuccess(operation) : undefined;
}
