// The recordings a mock holds over a session: what the list pages through, what ids resolve to, where uploads go.
// One store per server or per set of MSW handlers; `reset()` puts it back as it started, between tests.
import { publicIdFor } from "../recording-lifecycle.js";

/** A recording as the store keeps it: the detail's fields (the list shows a subset). */
export type StoredRecording = Record<string, unknown> & { id: number; public_id: string; status: string; created_at: string };

export interface RecordingPage {
  items: StoredRecording[];
  meta: { current_page: number; per_page: number; total_pages: number; total_count: number };
}


export function createRecordingStore(seed: () => StoredRecording[]) {
  let recordings = seed();
  // The idempotency memory: (project_id, external_id) → the recording that upload made.
  let byKey = new Map<string, StoredRecording>();
  // Keys seen by uploads of other multipart operations (a spec of a test's own), which store nothing.
  let otherKeys = new Set<string>();
  const keyOf = (projectId: unknown, externalId: unknown) => JSON.stringify([projectId ?? null, externalId]);

  return {
    /** A page of the recordings in the given state (all when `status` is undefined), newest first. */
    page(page: number, perPage: number, status?: string): RecordingPage {
      const matching = status === undefined ? recordings : recordings.filter((r) => r.status === status);
      const start = (page - 1) * perPage;
      return {
        items: matching.slice(start, start + perPage),
        meta: { current_page: page, per_page: perPage, total_pages: Math.ceil(matching.length / perPage), total_count: matching.length },
      };
    },
    /** The recording a path names, by numeric id or public_id (the API accepts both). */
    find(idText: string): StoredRecording | undefined {
      return recordings.find((r) => String(r.id) === idText || r.public_id === idText);
    },
    /** The recording an earlier upload with this idempotency key made, if any. */
    findByKey(projectId: unknown, externalId: unknown): StoredRecording | undefined {
      return externalId === undefined ? undefined : byKey.get(keyOf(projectId, externalId));
    },
    /** Stores a new upload (first in the list, as the newest) and remembers its idempotency key. */
    add(fields: Omit<StoredRecording, "id" | "public_id">): StoredRecording {
      const id = Math.max(0, ...recordings.map((r) => r.id)) + 1;
      const recording = { ...fields, id, public_id: publicIdFor(id) } as StoredRecording;
      recordings = [recording, ...recordings];
      if (fields["external_id"] != null) byKey.set(keyOf(fields["project_id"], fields["external_id"]), recording);
      return recording;
    },
    /** For an upload that stores nothing: whether this idempotency key came before (and remember it now). */
    seenBefore(operationId: string, projectId: unknown, externalId: unknown): boolean {
      const key = `${operationId} ${keyOf(projectId, externalId)}`;
      const seen = otherKeys.has(key);
      otherKeys.add(key);
      return seen;
    },
    update(recording: StoredRecording, changes: Record<string, unknown>): StoredRecording {
      Object.assign(recording, changes);
      return recording;
    },
    remove(recording: StoredRecording): void {
      recordings = recordings.filter((r) => r !== recording);
      for (const [key, value] of byKey) if (value === recording) byKey.delete(key);
    },
    /** Back to the seed: uploads, changes and deletions forgotten, idempotency keys too. */
    reset(): void {
      recordings = seed();
      byKey = new Map();
      otherKeys = new Set();
    },
    get size() {
      return recordings.length;
    },
  };
}

export type RecordingStore = ReturnType<typeof createRecordingStore>;
