export { createIdentityCallClient } from "./client.js";
export type { IdentityCallClient, IdentityCallThrowingClient, ThrownResult } from "./client-types.js";
export * from "./errors/index.js";
export type { RequestEvent } from "./observe.js";
export { allRecordings, recordingPages, type PageRequestOptions, type RecordingListQuery } from "./pagination.js";
export { uploadRecording, type RecordingUploadInput, type UploadFile } from "./upload.js";
export {
  API_KEY_ENV_VAR,
  DEFAULT_BASE_URL,
  IdentityCallConfigError,
  type IdentityCallClientOptions,
  type RequestPolicy,
  type SingleRequestPolicy,
} from "./options.js";
export type * from "./generated/schema.js";
