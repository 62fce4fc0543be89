// The suite reads the spec through the spec package's model and nothing else. The spec package is private: the
// build bundles the model into this package's files, so the installed suite needs nothing of it.
import { readFileSync } from "node:fs";
import { createSpecModel, type DocumentedResponse, type OpenApiDocument, type Operation, type SpecModel } from "@identitycall/openapi/model";
import { BUNDLED_SPEC_PATH } from "./bundled-spec-path.js";

export type { DocumentedResponse, Example, JsonObject, MediaType, OpenApiDocument, Operation, Parameter, SpecModel } from "@identitycall/openapi/model";
export { atPointer, unescapePointer } from "@identitycall/openapi/model";

/** The model of the bundle at `path` (default: the one shipped in `@identitycall/mock`). */
export function readSuiteSpec(path: string = BUNDLED_SPEC_PATH): SpecModel {
  return createSpecModel(JSON.parse(readFileSync(path, "utf8")) as OpenApiDocument);
}

/** The operation's responses with a concrete status (`200`, not `4XX` or `default`), with that status as a number. */
export function statusResponses(operation: Operation): (DocumentedResponse & { code: number })[] {
  return operation.responses.filter((r) => /^\d{3}$/.test(r.status)).map((r) => ({ ...r, code: Number(r.status) }));
}

/** The documented response for a status, if there is one. */
export function documentedResponse(operation: Operation, status: number): DocumentedResponse | undefined {
  return operation.responses.find((r) => r.status === String(status));
}

/** Media types a response documents for its body, in document order; empty for a body-less one (204). */
export const mediaTypesOf = (response: DocumentedResponse) => response.content.map((media) => media.mediaType);

/** `(operationId, status)` for every documented response: what the coverage gate requires. */
export function documentedPairs(operations: Operation[]): string[] {
  return operations.flatMap((op) => statusResponses(op).map((r) => pairKey(op.operationId, r.code)));
}

export const pairKey = (operationId: string, status: number) => `${operationId} ${status}`;
