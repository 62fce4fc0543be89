/**
 * The parsed body of each successful answer the policy fetch hands back, by Response. The policy reads and checks
 * every body itself (a stalled body times out, a body that is not JSON is a MalformedResponseError), so the
 * client's methods tell openapi-fetch not to parse it again (`parseAs: "stream"`) and put this in `data`:
 * openapi-fetch would otherwise parse it a second time whenever an answer has no Content-Length. An entry goes
 * with its Response.
 */
const parsedBodies = new WeakMap<Response, unknown>();

export function keepParsedBody(response: Response, data: unknown): Response {
  parsedBodies.set(response, data);
  return response;
}

/** openapi-fetch's result with the kept body as `data`; an answer the policy never kept (an error) is left as it is. */
export function withParsedBody<R extends { data?: unknown; response: Response }>(result: R): R {
  if (result.data !== undefined && parsedBodies.has(result.response)) result.data = parsedBodies.get(result.response);
  return result;
}
