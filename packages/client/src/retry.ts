/** Statuses worth another attempt: the server or something in between may answer differently next time. */
export const RETRY_STATUSES = [408, 429, 500, 502, 503, 504];


/**
 * Whether a request may be sent again. POST and PATCH are not, except the recording upload
 * (`POST …/recordings`) when its form has `external_id`, which the API treats as an idempotency key.
 */
export function isRepeatable(method: string, url: string, form: FormData | undefined): boolean {
  // GET, HEAD, PUT and DELETE cannot do anything twice.
  return /^(GET|HEAD|PUT|DELETE)$/.test(method) || (method === "POST" && /\/recordings$/.test(new URL(url).pathname) && !!form?.has("external_id"));
}

/**
 * Delay before retry number `retry` (1-based): `baseMs` doubled each time, capped at `maxMs`,
 * minus up to 25 % jitter so that many clients do not retry in step.
 */
export function backoffDelay(retry: number, baseMs: number, maxMs: number, random = Math.random()): number {
  return Math.round(Math.min(maxMs, baseMs * 2 ** (retry - 1)) * (1 - random / 4));
}
