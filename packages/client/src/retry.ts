/** Statuses worth another attempt: the server or something in between may answer differently next time. */
export const RETRY_STATUSES = [408, 429, 500, 502, 503, 504];


/**
 * Whether a request may be sent again: GET, HEAD, PUT and DELETE cannot do anything twice; a POST or PATCH only
 * when its caller says it carries an idempotency key (`idempotent`), as `uploadRecording` does for `external_id`.
 * The body is never read to find out.
 */
export function isRepeatable(method: string, idempotent: boolean | undefined): boolean {
  return !!idempotent || /^(GET|HEAD|PUT|DELETE)$/.test(method);
}

/**
 * Delay before retry number `retry` (1-based): `baseMs` doubled each time, capped at `maxMs`,
 * minus up to 25 % jitter so that many clients do not retry in step.
 */
export function backoffDelay(retry: number, baseMs: number, maxMs: number, random = Math.random()): number {
  return Math.round(Math.min(maxMs, baseMs * 2 ** (retry - 1)) * (1 - random / 4));
}
