/**
 * The error body a `{ data, error }` caller gets when the answer's body is empty or not JSON (a gateway's HTML
 * page, an empty 429). openapi-fetch would hand back `error: undefined` or `""`, and the usual `if (error)` would
 * take the failed call for a success; an HTML string would not fit the error type either. Such a body becomes
 * `{ error: "…" }`, the API's own error shape, naming the status and keeping the text's words (tags dropped).
 */
export function readableErrorBody(data: unknown, status: number, statusText: string): unknown {
  if (typeof data !== "string") return data;
  const words = data.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim().slice(0, 300);
  return { error: `${status} ${statusText}`.trim() + (words ? `: ${words}` : ", with an empty body") };
}
