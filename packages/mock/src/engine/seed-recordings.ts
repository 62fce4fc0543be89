// The data set a mock session starts with, built from the spec's documented examples: every recording the list's
// examples show (so the ids the docs use resolve), then copies of them with ids of their own until there are
// enough to page through.
import type { SpecModel } from "@identitycall/openapi/model";
import { apiTimestamp, isUnfinished, publicIdFor, UNFINISHED_DETAIL_FIELDS, UNFINISHED_LIST_FIELDS } from "../recording-lifecycle.js";
import type { StoredRecording } from "./recording-store.js";

/** How many recordings a session holds unless told otherwise: three pages at the default page size. */
export const DEFAULT_RECORDING_COUNT = 45;

const HOUR_MS = 3_600_000;

function exampleValues(spec: SpecModel, operationId: string): unknown[] {
  const ok = spec.operation(operationId)?.responses.find((r) => r.status === "200");
  return (ok?.content[0]?.examples ?? []).map((example) => (example.value as { data?: unknown }).data);
}

/** What the detail adds to a list item, by state: nothing measured before processing ends. */
export function detailFields(spec: SpecModel, status: string): Record<string, unknown> {
  const details = exampleValues(spec, "getRecording") as Record<string, unknown>[];
  const template = details.find((d) => d?.["status"] === status) ?? details.find((d) => d?.["status"] === "completed") ?? {};
  const { id: _id, public_id: _publicId, name: _name, status: _status, created_at: _created, duration_ms: _duration, ...rest } = template;
  const { duration_ms: _unmeasured, ...unanalysed } = UNFINISHED_DETAIL_FIELDS;
  return isUnfinished(status) ? { ...rest, ...unanalysed } : rest;
}

/** `count` recordings (at least the documented ones), newest first, each a full detail; none if the spec shows none. */
export function seedRecordings(spec: SpecModel, count = DEFAULT_RECORDING_COUNT): StoredRecording[] {
  const documented = new Map<number, Record<string, unknown>>();
  for (const page of exampleValues(spec, "listRecordings")) {
    for (const item of Array.isArray(page) ? (page as Record<string, unknown>[]) : []) {
      if (typeof item["id"] !== "number") continue;
      // Every documented id resolves, the older generation's too (its items have no public_id: they get one, and
      // the project of the current examples); where both show a recording, the current one wins.
      const current = typeof item["public_id"] === "string";
      if (documented.has(item["id"]) && !current) continue;
      documented.set(item["id"], current ? item : { ...item, public_id: publicIdFor(item["id"]), project_id: 42, external_id: null });
    }
  }
  const originals = [...documented.values()].sort((a, b) => String(b["created_at"]).localeCompare(String(a["created_at"])));
  // A spec without such examples (a test's own small spec) starts the session empty.
  if (originals.length === 0) return [];
  const recordings: StoredRecording[] = originals.map((item) => ({
    ...detailFields(spec, String(item["status"])),
    ...item,
    updated_at: item["created_at"],
  })) as unknown as StoredRecording[];
  const firstNewId = Math.max(...recordings.map((r) => r.id)) + 1;
  const oldest = Date.parse(recordings.at(-1)!.created_at);
  for (let n = 0; recordings.length < count; n++) {
    const original = recordings[n % originals.length]!;
    const id = firstNewId + n;
    const createdAt = apiTimestamp(new Date(oldest - (n + 1) * HOUR_MS));
    recordings.push({
      ...original,
      id,
      public_id: publicIdFor(id),
      external_id: original["external_id"] == null ? null : `${String(original["external_id"])}-${id}`,
      name: `${String(original["name"]).replace(/\.[a-z0-9]+$/i, "")}-${id}${/\.[a-z0-9]+$/i.exec(String(original["name"]))?.[0] ?? ""}`,
      created_at: createdAt,
      updated_at: createdAt,
    });
  }
  return recordings;
}

/** A recording as an upload makes it: pending, nothing measured yet, named after its form or its file. */
export function uploadedRecording(spec: SpecModel, values: Record<string, unknown>, now = new Date()): Omit<StoredRecording, "id" | "public_id"> {
  const createdAt = apiTimestamp(now);
  const file = values["file"] as { filename?: string } | undefined;
  return {
    ...detailFields(spec, "pending"),
    project_id: values["project_id"] ?? 42,
    external_id: values["external_id"] ?? null,
    name: values["name"] ?? file?.filename ?? "recording",
    language: values["language"] ?? "en",
    status: "pending",
    ...UNFINISHED_LIST_FIELDS,
    created_at: createdAt,
    updated_at: createdAt,
  };
}
