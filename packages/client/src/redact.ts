// The key is removed from what the client logs or attaches to errors (observe events, error bodies and headers),
// never from a body handed back to the caller as data: rewriting valid data would corrupt it.

const REDACTED = "[redacted]";

/**
 * Headers as a plain object, without the key: the Authorization value, and any header a server echoed it in
 * (`WWW-Authenticate`, a debugging header).
 */
export function redactHeaders(headers: Headers, secret: string): Record<string, string> {
  const plain = Object.fromEntries(headers);
  for (const [name, value] of Object.entries(plain)) {
    if (name === "authorization") plain[name] = `Bearer ${REDACTED}`;
    else if (value.includes(secret)) plain[name] = value.split(secret).join(REDACTED);
  }
  return plain;
}

/**
 * `value` with the key removed from every string in it. It works on the parsed value, not on the JSON text, so
 * an echo the server escaped is found too, and no property name or number is ever rewritten.
 */
export function redactValue(value: unknown, secret: string): unknown {
  if (typeof value === "string") return value.includes(secret) ? value.split(secret).join(REDACTED) : value;
  if (Array.isArray(value)) return value.map((item) => redactValue(item, secret));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactValue(item, secret)]));
  }
  return value;
}
