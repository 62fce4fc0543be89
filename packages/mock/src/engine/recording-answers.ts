// The recordings' operations answered from the session's store: a list that pages, ids that resolve, changes and
// deletions that stick. Fields are shown as the documented examples show them (a list item has fewer than a detail).
import type { Operation, SpecModel } from "@identitycall/openapi/model";
import { documentedAnswer, jsonAnswer, type AnswerSettings, type MockAnswer } from "./mock-answer.js";
import type { Preferences } from "./prefer.js";
import { apiTimestamp, isUnfinished } from "../recording-lifecycle.js";
import type { RecordingStore, StoredRecording } from "./recording-store.js";

/** The operations the store answers, by operationId. */
export const RECORDING_OPERATIONS = [
  "listRecordings",
  "getRecording",
  "getRecordingTranscription",
  "getRecordingResults",
  "getRecordingSummary",
  "updateRecording",
  "deleteRecording",
] as const;

export interface RecordingRequest {
  operation: Operation;
  url: URL;
  pathParams: Record<string, string>;
  jsonBody?: unknown;
  preferences: Preferences;
}

/** The keys the first documented example of a 200 shows for its `data` (or for the items of a list). */
function shownFields(operation: Operation | undefined): string[] {
  const value = operation?.responses.find((r) => r.status === "200")?.content[0]?.examples[0]?.value as { data?: unknown } | undefined;
  const data = Array.isArray(value?.data) ? value.data[0] : value?.data;
  return typeof data === "object" && data !== null ? Object.keys(data) : [];
}

const pick = (recording: StoredRecording, fields: string[]) => Object.fromEntries(fields.map((f) => [f, recording[f] ?? null]));

export function createRecordingAnswers(spec: SpecModel, store: RecordingStore, settings: AnswerSettings) {
  const listFields = shownFields(spec.operation("listRecordings"));
  const detailFieldNames = shownFields(spec.operation("getRecording"));
  const numberParameter = (operation: Operation, name: string, text: string | null) => {
    const fallback = operation.parameters.find((p) => p.name === name)?.schema.default;
    return text === null ? Number(fallback ?? 1) : Number(text);
  };

  /** The documented example of an analysis, made to speak of this recording. */
  function analysisOf(operation: Operation, recording: StoredRecording, preferences: Preferences): MockAnswer {
    const answer = documentedAnswer(operation, 200, preferences, settings);
    const data = (answer.body as { data?: Record<string, unknown> } | undefined)?.data;
    if (!data) return answer;
    const own: Record<string, unknown> = { recording_id: recording.id };
    for (const field of ["duration_ms", "speakers", "goal_achievement"]) if (field in data && recording[field] != null) own[field] = recording[field];
    return { ...answer, body: { data: { ...data, ...own } } };
  }

  return function answerRecording({ operation, url, pathParams, jsonBody, preferences }: RecordingRequest): MockAnswer {
    if (operation.operationId === "listRecordings") {
      const page = numberParameter(operation, "page", url.searchParams.get("page"));
      const perPage = numberParameter(operation, "per_page", url.searchParams.get("per_page"));
      const { items, meta } = store.page(page, perPage, url.searchParams.get("status") ?? undefined);
      return jsonAnswer(200, { data: items.map((r) => pick(r, listFields)), meta });
    }
    const recording = store.find(pathParams["id"] ?? "");
    if (!recording) return documentedAnswer(operation, 404, preferences, settings);
    switch (operation.operationId) {
      case "getRecording":
        return jsonAnswer(200, { data: pick(recording, detailFieldNames) });
      case "updateRecording": {
        const changes = (jsonBody ?? {}) as { display_name?: string };
        store.update(recording, { ...(changes.display_name ? { name: changes.display_name } : {}), updated_at: apiTimestamp() });
        return jsonAnswer(200, { data: pick(recording, detailFieldNames) });
      }
      case "deleteRecording":
        store.remove(recording);
        return { status: 204, headers: {} };
      default: {
        // The transcript and its analyses exist once processing has completed; before, the API answers 422 where it says so.
        const notReady = isUnfinished(recording.status) && operation.responses.some((r) => r.status === "422");
        return notReady ? documentedAnswer(operation, 422, preferences, settings) : analysisOf(operation, recording, preferences);
      }
    }
  };
}
