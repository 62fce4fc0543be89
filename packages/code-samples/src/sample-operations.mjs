// Which operations get samples: every operation the spec's model lists. Their files are named after the
// operationId, so an operation without one (the model then calls it "METHOD /path") is refused.
/** @typedef {import("@identitycall/openapi/model").SpecModel} SpecModel */
/** @typedef {import("@identitycall/openapi/model").Operation} Operation */

/**
 * The operations of `spec`, in document order. Throws, naming each one, when an operation has no operationId.
 * @param {SpecModel} spec
 * @returns {Operation[]}
 */
export function sampleOperations(spec) {
  const unnamed = spec.operations.filter((operation) => operation.operationId === `${operation.method} ${operation.path}`);
  if (unnamed.length > 0) {
    const names = unnamed.map((operation) => `${operation.method} ${operation.path}`).join(", ");
    throw new Error(`${names} ${unnamed.length === 1 ? "has" : "have"} no operationId: samples are named after it, so add one to the spec.`);
  }
  return spec.operations;
}
