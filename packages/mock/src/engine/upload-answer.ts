// What an upload is answered, once its form has been read and checked: the same decision for the server (which
// streams the body) and the MSW handlers (which get a FormData). A new upload is stored and appears in the list;
// the same project_id and idempotency key again answer 200 with the recording the first upload made.
import type { Operation, SpecModel } from "@identitycall/openapi/model";
import { documentedAnswer, jsonAnswer, type AnswerSettings, type MockAnswer } from "./mock-answer.js";
import type { Preferences } from "./prefer.js";
import type { RecordingStore, StoredRecording } from "./recording-store.js";
import { uploadedRecording } from "./seed-recordings.js";

/** The upload whose recordings the store keeps; any other multipart operation is answered from its examples. */
const RECORDING_UPLOAD = "createRecording";

export type FormCheck = { values: Record<string, unknown> } | { problems: string[]; missingRequired: boolean };

/** Puts validation problems into the documented error shape (`error` string or `errors` list). */
function withProblems(example: unknown, problems: string[]): unknown {
  if (typeof example !== "object" || example === null) return example;
  if (Array.isArray((example as { errors?: unknown }).errors)) return { ...example, errors: problems };
  if (typeof (example as { error?: unknown }).error === "string") return { ...example, error: problems.join("; ") };
  return example;
}

/** The recording in the shape the upload's documented answer has (the fields its example shows). */
function asUploadResult(operation: Operation, status: number, recording: StoredRecording): unknown {
  const example = operation.responses.find((r) => r.status === String(status))?.content[0]?.examples[0]?.value as { data?: object } | undefined;
  const fields = Object.keys(example?.data ?? recording);
  return { data: Object.fromEntries(fields.map((field) => [field, recording[field] ?? null])) };
}

export function uploadAnswer(
  spec: SpecModel,
  operation: Operation,
  store: RecordingStore,
  settings: AnswerSettings,
  check: FormCheck,
  preferences: Preferences,
): MockAnswer {
  const documented = (status: number) => operation.responses.some((r) => r.status === String(status));
  if ("problems" in check) {
    const status = check.missingRequired && documented(400) ? 400 : documented(422) ? 422 : 400;
    const answer = documentedAnswer(operation, status, preferences, settings);
    return { ...answer, body: withProblems(answer.body, check.problems) };
  }
  const key = operation.idempotencyKey;
  const keyValue = key === undefined ? undefined : check.values[key];
  const created = documented(201) ? 201 : 200;
  if (operation.operationId !== RECORDING_UPLOAD) {
    // Another multipart operation (a test's own spec): its documented answers, repeats told apart by their key.
    const repeat = keyValue !== undefined && store.seenBefore(operation.operationId, check.values["project_id"], keyValue);
    return documentedAnswer(operation, repeat && documented(200) ? 200 : created, preferences, settings);
  }
  const existing = store.findByKey(check.values["project_id"], keyValue);
  if (existing && documented(200)) return jsonAnswer(200, asUploadResult(operation, 200, existing));
  return jsonAnswer(created, asUploadResult(operation, created, store.add(uploadedRecording(spec, check.values))));
}
