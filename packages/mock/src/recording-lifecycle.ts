// What a recording's state decides, in one place for the mock's session and for the fixtures: until processing
// has completed nothing is measured or found (the spec's lifecycle decisions), and how the mock names recordings
// the documentation gives no public_id.

/** `pending`, `processing` and `failed`: processing has not produced anything (yet, or ever). */
export const isUnfinished = (status: unknown) => status === "pending" || status === "processing" || status === "failed";

/** The list item's fields of an unfinished recording. */
export const UNFINISHED_LIST_FIELDS = { duration_ms: null, speakers: [], goal_achievement: null };

/** The detail's fields of an unfinished recording. */
export const UNFINISHED_DETAIL_FIELDS = { duration_ms: null, dialogues_count: 0, goals_evaluated: false, keywords_detected: 0, pauses_detected: 0 };

/**
 * A recording's `public_id` for a numeric id: UUID-shaped (version 7, RFC 4122 variant), the same for the same
 * id, the id readable in its last group: 5 → `018f0000-0000-7000-8000-000000000005`.
 */
export function publicIdFor(id: number): string {
  const tail = Number.isSafeInteger(id) && id >= 0 ? id.toString(16) : "0";
  return `018f0000-0000-7000-8000-${tail.padStart(12, "0").slice(-12)}`;
}

/** A timestamp as the API writes them: ISO 8601 in UTC, to the second. */
export const apiTimestamp = (date: Date = new Date()) => date.toISOString().replace(/\.\d{3}Z$/, "Z");
