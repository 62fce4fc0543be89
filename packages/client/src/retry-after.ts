/**
 * A `Retry-After` header value in ms: whole seconds (`"120"`) or an HTTP date, relative to `now`.
 * A date in the past gives 0; a missing or unreadable value gives `undefined`.
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  value ??= "";
  // Only an HTTP date (it has a weekday and month name) is parsed as one: Date.parse also accepts "-5" or "1.5".
  const ms = /^\s*\d+\s*$/.test(value) ? +value * 1000 : /[a-z]/i.test(value) ? Date.parse(value) - now : NaN;
  return isNaN(ms) ? undefined : Math.max(0, ms);
}
