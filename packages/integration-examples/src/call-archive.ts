// An example of a user's own backend code that calls IdentityCall: a call archive that mirrors the recordings,
// uploads the calls its telephony system records, and shows a recording or "not found". It is what the tests in
// ../test check, three ways; nothing in it knows whether it talks to the real API, a mock or a stub.
import {
  allRecordings,
  NotFoundError,
  RateLimitError,
  uploadRecording,
  type IdentityCallThrowingClient,
  type RecordingDetail,
  type RecordingListItem,
  type RecordingStatus,
} from "@identitycall/client";

/** How long to wait before the next sync when the API said "too many requests" but not for how long. */
export const DEFAULT_RETRY_LATER_MS = 60_000;

export type SyncResult =
  | { status: "done"; recordings: RecordingListItem[] }
  /** The API kept answering 429 after the client's own retries: run the sync again after `retryAfterMs`. */
  | { status: "retry-later"; retryAfterMs: number; synced: number };

/**
 * The nightly sync: every recording, page after page (`allRecordings` asks for the next page only when the last
 * one is used up, and stops after `meta.total_pages`). A rate limit the client could not ride out ends the run
 * with "retry later", for the scheduler to run it again; any other error is thrown.
 */
export async function syncAllRecordings(client: IdentityCallThrowingClient, perPage?: number): Promise<SyncResult> {
  const recordings: RecordingListItem[] = [];
  try {
    for await (const recording of allRecordings(client, perPage === undefined ? {} : { per_page: perPage })) recordings.push(recording);
  } catch (error) {
    if (error instanceof RateLimitError) {
      return { status: "retry-later", retryAfterMs: error.retryAfterMs ?? DEFAULT_RETRY_LATER_MS, synced: recordings.length };
    }
    throw error;
  }
  return { status: "done", recordings };
}

export interface UploadedCall {
  id: number | undefined;
  publicId: string | undefined;
  status: RecordingStatus;
  /** `false` when IdentityCall already had a recording with this `external_id` (an upload repeated after a failure). */
  created: boolean;
}

/**
 * Uploads one recorded call under the telephony system's call id. The call id goes out as `external_id`, so the
 * client may retry the upload after a dropped connection or a 5xx: a repeat finds the recording the first attempt
 * stored instead of storing the call twice.
 */
export async function uploadCall(client: IdentityCallThrowingClient, audio: Blob, callId: string, projectId = 42): Promise<UploadedCall> {
  const { data, response } = await uploadRecording(client, {
    file: audio,
    filename: `${callId}.wav`,
    project_id: projectId,
    external_id: callId,
  });
  const recording = data.data;
  return { id: recording.id, publicId: recording.public_id, status: recording.status, created: response.status === 201 };
}

/** One recording by its numeric id or `public_id`, or `null` when the API does not know it (a 404). */
export async function getRecordingOrNull(client: IdentityCallThrowingClient, id: number | string): Promise<RecordingDetail | null> {
  try {
    const { data } = await client.GET("/recordings/{id}", { params: { path: { id } } });
    return data.data;
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

/** What the dashboard's number picker shows: each virtual number's name, or its phone number when it has none. */
export async function numberNames(client: IdentityCallThrowingClient): Promise<string[]> {
  const { data } = await client.GET("/virtual_numbers");
  return data.data.map((number) => number.name ?? number.phone_number);
}
