/** Headers as a plain object, with the Authorization value replaced so that no key reaches logs. */
export function redactHeaders(headers: Headers): Record<string, string> {
  const plain = Object.fromEntries(headers);
  if (plain.authorization) plain.authorization = "Bearer [redacted]";
  return plain;
}

/** Removes every occurrence of `secret` from `text` (a server may echo what it was sent). */
export function redactText(text: string, secret: string): string {
  return text.split(secret).join("[redacted]");
}
