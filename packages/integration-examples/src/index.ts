export { DEFAULT_RETRY_LATER_MS, getRecordingOrNull, numberNames, syncAllRecordings, uploadCall, type SyncResult, type UploadedCall } from "./call-archive.js";
