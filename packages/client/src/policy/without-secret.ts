import { redactHeaders, redactValue } from "../redact.js";

/** An error answer rebuilt without the key in its headers or body; its body parsed once, as for a success. */
export function withoutSecret(response: Response, data: unknown, secret: string): { response: Response; data: unknown } {
  const clean = redactValue(data, secret);
  const text = typeof clean === "string" ? clean : clean === undefined ? "" : JSON.stringify(clean);
  const { status, statusText, headers } = response;
  const cleanHeaders = new Headers(redactHeaders(headers, secret));
  // The body is served from memory, possibly changed: the original length would be a lie (and "0" would make
  // openapi-fetch skip the body altogether).
  cleanHeaders.delete("content-length");
  const rebuilt = new Response(null, { status, statusText, headers: cleanHeaders });
  Object.defineProperty(rebuilt, "url", { value: response.url });
  return { response: Object.assign(rebuilt, { text: async () => text, json: async () => clean }), data: clean };
}
