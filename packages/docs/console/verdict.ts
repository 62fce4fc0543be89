// Whether an answer keeps the contract: its status documented, its media type the documented one, its body valid
// against the documented schema. Each mismatch comes with the JSON path it is at.
import type { Operation, SpecModel } from "@identitycall/openapi/model";

export interface Verdict {
  matches: boolean;
  /** One line per mismatch: `/data/0/phone_number must match pattern …`. */
  mismatches: string[];
}

export function judgeAnswer(spec: SpecModel, operation: Operation, status: number, contentType: string, text: string): Verdict {
  const documented =
    operation.responses.find((r) => r.status === String(status)) ??
    operation.responses.find((r) => r.status.toUpperCase() === `${String(status)[0]}XX`) ??
    operation.responses.find((r) => r.status === "default");
  if (!documented) {
    const listed = operation.responses.map((r) => r.status).join(", ");
    return { matches: false, mismatches: [`HTTP ${status} is not documented for this operation (documented: ${listed})`] };
  }
  if (documented.content.length === 0) {
    return text === "" ? { matches: true, mismatches: [] } : { matches: false, mismatches: [`HTTP ${status} is documented without a body, but one came`] };
  }
  const mediaType = contentType.split(";")[0]!.trim().toLowerCase();
  const media = documented.content.find((m) => m.mediaType === mediaType);
  if (!media) {
    const listed = documented.content.map((m) => m.mediaType).join(" or ");
    return { matches: false, mismatches: [`Content-Type is "${mediaType || "(none)"}", the spec documents ${listed}`] };
  }
  if (!media.schema || !/json/.test(mediaType)) return { matches: true, mismatches: [] };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { matches: false, mismatches: ["The body is not JSON, though its Content-Type says so"] };
  }
  const problems = spec.validate(media.schemaPointer, body);
  return { matches: problems.length === 0, mismatches: problems.map((p) => `${p.path || "(body)"} ${p.message}`) };
}
