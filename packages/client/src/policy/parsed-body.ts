/**
 * The parsed body of a successful answer the policy fetch hands back, kept on its Response under symbols of this
 * module. The policy reads and checks every body itself (a stalled body times out, a body that is not JSON is a
 * MalformedResponseError), so the client's methods give openapi-fetch `READ_PARSED_BODY` as `parseAs`:
 * openapi-fetch reads a successful body with `response[parseAs]()`, which then hands back this parse instead of
 * reading the body again (openapi-fetch would parse it a second time whenever an answer has no Content-Length).
 * Not a WeakMap: with one entry per answer it added about a tenth to V8's young-generation collection time in the
 * stubbed benchmark. Nor a `.then` on each call's result: one promise and one turn fewer per call.
 */
const PARSED_BODY = Symbol("identitycall.parsedBody");

/** The `parseAs` that has openapi-fetch take the policy's parse as `data`. */
export const READ_PARSED_BODY = Symbol("identitycall.readParsedBody");

type KeptResponse = Response & { [PARSED_BODY]?: unknown; [READ_PARSED_BODY]?: () => unknown };

function readParsedBody(this: KeptResponse): unknown {
  return this[PARSED_BODY];
}

/**
 * The answer with its parse kept on it. A Response that cannot take properties (a user's `fetch` may hand back a
 * frozen one) is copied first: same status, status text and headers, its body already read.
 */
export function keepParsedBody(response: Response, data: unknown): Response {
  const kept = (Object.isExtensible(response) ? response : new Response(null, response)) as KeptResponse;
  kept[PARSED_BODY] = data;
  kept[READ_PARSED_BODY] = readParsedBody;
  return kept;
}
