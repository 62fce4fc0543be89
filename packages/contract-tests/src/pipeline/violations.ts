// How one live answer is judged against the spec: its status, its Content-Type, its required headers and its
// body, validated by the spec package's model (Ajv 2020, formats checked). Each problem says whose move it is:
// an API that broke what the spec documents has to be fixed; an answer the spec did not foresee (a status it
// does not list, a null where it allows none) may be right, and then the spec has to widen.
import type { DocumentedResponse, MediaType, Operation, SpecModel } from "../spec/suite-spec.js";
import { atPointer, documentedResponse, mediaTypesOf, statusResponses, unescapePointer } from "../spec/suite-spec.js";
import type { Violation, ViolationKind } from "./violation-kinds.js";

export type { Violation, ViolationKind } from "./violation-kinds.js";

/** What came back for one request: the status, the headers, and the body as the client parsed it (text otherwise). */
export interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
}

/** `/data/0/duration_ms` → `$.data[0].duration_ms`. */
export function jsonPath(pointer: string): string {
  const parts = pointer.split("/").slice(1).map(unescapePointer);
  return `$${parts.map((part) => (/^\d+$/.test(part) ? `[${part}]` : /^[A-Za-z_$][\w$]*$/.test(part) ? `.${part}` : `[${JSON.stringify(part)}]`)).join("")}`;
}

const isEmptyBody = (body: unknown) => body === undefined || body === "";
/** The media type an answer names, without parameters, lower case (`""` when it names none). */
export const mediaTypeOf = (headers: Headers) => (headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();

/** A 2xx answer is the API's own; an error status may come from a gateway in front of it, which the spec may not foresee. */
const kindForStatus = (status: number): ViolationKind => (status >= 200 && status < 300 ? "broke-contract" : "unforeseen");

/** The documented media type the answer is to be judged by, or a violation saying why there is none. */
function chooseMedia(spec: SpecModel, response: DocumentedResponse, answer: Answer): MediaType | Violation | undefined {
  if (response.content.length === 0) return undefined;
  const contentType = mediaTypeOf(answer.headers);
  const documented = mediaTypesOf(response).join(" or ");
  if (!contentType && isEmptyBody(answer.body)) {
    // A body-less answer fits a documented body that may be empty (the text/plain of a gateway's 429).
    const fitsEmpty = response.content.find((media) => media.schema && spec.validate(media.schemaPointer, "").length === 0);
    if (fitsEmpty) return undefined;
    return { where: "body", message: `is empty, but the spec documents ${documented} for ${answer.status}`, kind: kindForStatus(answer.status), count: 1 };
  }
  const media = response.content.find((m) => m.mediaType.toLowerCase() === contentType);
  if (media) return media;
  return {
    where: "Content-Type",
    message: `is "${contentType || "(none)"}", but the spec documents ${documented} for ${answer.status}`,
    kind: kindForStatus(answer.status),
    count: 1,
  };
}

/** Problems of the body against the media type's schema, the same problem at the same place in many items told once. */
function bodyViolations(spec: SpecModel, media: MediaType, body: unknown): Violation[] {
  if (!media.schema) return [];
  const grouped = new Map<string, { violation: Violation; places: Set<string> }>();
  for (const problem of spec.validate(media.schemaPointer, body)) {
    // Ajv reports a null in a union once per branch; every one of those is about the null.
    const kind: ViolationKind = atPointer(body, problem.path) === null ? "unforeseen" : "broke-contract";
    const where = jsonPath(problem.path);
    const key = `${where.replace(/\[\d+\]/g, "[*]")} ${problem.message}`;
    const seen = grouped.get(key);
    if (seen) {
      seen.places.add(where);
      seen.violation.count = seen.places.size;
    } else {
      const message = kind === "unforeseen" ? `is null: ${problem.message}` : problem.message;
      grouped.set(key, { violation: { where, message, kind, count: 1 }, places: new Set([where]) });
    }
  }
  return [...grouped.values()].map(({ violation }) => violation);
}

/** Every way the answer departs from the operation's documented responses; empty when it matched. */
export function findViolations(spec: SpecModel, operation: Operation, answer: Answer): Violation[] {
  const response = documentedResponse(operation, answer.status);
  if (!response) {
    const documented = statusResponses(operation).map((r) => r.code).join(", ");
    return [
      {
        where: "status",
        message: `${answer.status} is not documented for ${operation.operationId} (documented: ${documented})`,
        kind: "unforeseen",
        count: 1,
      },
    ];
  }
  const violations: Violation[] = [];
  for (const header of response.headers) {
    const value = answer.headers.get(header.name);
    if (value === null) {
      if (header.required) {
        violations.push({ where: header.name, message: `header is missing; the spec requires it with ${answer.status}`, kind: "broke-contract", count: 1 });
      }
    } else if (!spec.acceptsText(header.schemaPointer, value)) {
      violations.push({ where: header.name, message: `header is ${JSON.stringify(value)}, which its schema does not allow`, kind: "broke-contract", count: 1 });
    }
  }
  const media = chooseMedia(spec, response, answer);
  if (media && "kind" in media) violations.push(media);
  else if (media) violations.push(...bodyViolations(spec, media, answer.body));
  return violations;
}
