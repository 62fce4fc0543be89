// The mock's behaviour over a session, in one place for both ways of serving it: the HTTP server
// (`identitycall-mock`, which leaves every other answer to Prism) and the in-process MSW handlers (which answer
// every operation from the documented examples). Requests and answers are plain values, so the same code runs in
// Node and in a browser.
import { createSpecModel, type OpenApiDocument, type Operation, type SpecModel } from "@identitycall/openapi/model";
import { expectedSuccess } from "./expected-success.js";
import { documentedAnswer, type AnswerSettings, type MockAnswer } from "./mock-answer.js";
import { parsePrefer } from "./prefer.js";
import { createRecordingAnswers, RECORDING_OPERATIONS } from "./recording-answers.js";
import { createRecordingStore } from "./recording-store.js";
import { refuseInvalidRequest } from "./request-checks.js";
import { seedRecordings } from "./seed-recordings.js";
import { uploadAnswer, type FormCheck } from "./upload-answer.js";

export interface MockEngineOptions {
  /** How many recordings the session starts with (at least the documented ones); default 45, three default pages. */
  recordings?: number;
  /**
   * The `Retry-After` (seconds) of a 429 asked for with `Prefer: code=429`, unless the request names its own with
   * `Prefer: retry-after=N`. Default 1: a test of the client's retry waits one second, not the documented 30.
   */
  retryAfterSeconds?: number;
}

/** A request as the engine reads it; the body already parsed as JSON where it is JSON. */
export interface EngineRequest {
  method: string;
  url: URL;
  headers: { get(name: string): string | null };
  jsonBody?: unknown;
  unreadableBody?: string;
}

/** `spec` may be shared by many engines (sessions of one server): it is the part that is costly to set up. */
export function createMockEngine(document: OpenApiDocument, options: MockEngineOptions = {}, spec: SpecModel = createSpecModel(document)) {
  const retryAfterSeconds = options.retryAfterSeconds ?? 1;
  if (!Number.isInteger(retryAfterSeconds) || retryAfterSeconds < 0) {
    throw new RangeError(`retryAfterSeconds must be a whole number of seconds, 0 or more, got ${String(options.retryAfterSeconds)}`);
  }
  const recordingCount = options.recordings;
  if (recordingCount !== undefined && !(Number.isInteger(recordingCount) && recordingCount >= 0 && recordingCount <= 100_000)) {
    throw new RangeError(`recordings must be a whole number from 0 to 100000, got ${String(recordingCount)}`);
  }
  const settings: AnswerSettings = { retryAfterSeconds };
  const store = createRecordingStore(() => seedRecordings(spec, recordingCount));
  const answerRecording = createRecordingAnswers(spec, store, settings);
  const stateful = new Set<string>(RECORDING_OPERATIONS);

  const isAuthorized = (request: EngineRequest) => /^Bearer\s+\S+/i.test(request.headers.get("authorization") ?? "");

  return {
    spec,
    store,
    /**
     * Whether the engine answers this request itself: the recordings' operations (their state lives here) and any
     * request for a 429 (whose Retry-After the test chooses). The server hands everything else to Prism, and so
     * any request for generated data (`Prefer: dynamic=true`).
     */
    claims(operation: Operation | undefined, prefer: string | string[] | undefined): boolean {
      const preferences = parsePrefer(prefer);
      if (!operation || preferences.dynamic) return false;
      return stateful.has(operation.operationId) || preferences.code === 429;
    },

    /**
     * The answer to a request: 401 without a key, the status and example `Prefer` asks for, the session's state for
     * the recordings, else (`examples: true`, the MSW handlers) the documented example of the expected success.
     * Undefined when the request is not the engine's to answer.
     */
    answer(request: EngineRequest, { examples = false } = {}): MockAnswer | undefined {
      const match = spec.match(request.method, request.url.pathname);
      if (!match) return undefined;
      const { operation, pathParams } = match;
      const preferences = parsePrefer(request.headers.get("prefer"));
      if (!isAuthorized(request) && operation.responses.some((r) => r.status === "401")) {
        return documentedAnswer(operation, 401, preferences, settings);
      }
      // A status or a named example asked for: the documented answer, as Prism gives it, state or not.
      if (preferences.code !== undefined || preferences.example !== undefined) {
        return documentedAnswer(operation, preferences.code ?? expectedSuccess(operation), preferences, settings);
      }
      const invalid = refuseInvalidRequest(spec, operation, { ...request, pathParams });
      if (invalid) return invalid;
      if (stateful.has(operation.operationId)) {
        return answerRecording({ operation, url: request.url, pathParams, jsonBody: request.jsonBody, preferences });
      }
      return examples ? documentedAnswer(operation, expectedSuccess(operation), preferences, settings) : undefined;
    },

    /** The answer to an upload whose form has been read and checked (see upload-answer.ts). */
    answerUpload(operationId: string, check: FormCheck, prefer: string | string[] | null | undefined): MockAnswer {
      const operation = spec.operation(operationId);
      if (!operation) throw new Error(`The spec has no operation ${operationId}`);
      return uploadAnswer(spec, operation, store, settings, check, parsePrefer(prefer));
    },

    /** Back to how the session started: the seeded recordings, no uploads, no idempotency keys remembered. */
    reset(): void {
      store.reset();
    },
  };
}

export type MockEngine = ReturnType<typeof createMockEngine>;
