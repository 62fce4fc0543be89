import type { Client } from "openapi-fetch";
import { withParsedBody } from "./policy/parsed-body.js";

const METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;
/** Tells openapi-fetch to leave a successful body alone: the policy fetch has read and parsed it already. */
const LEAVE_BODY = Object.freeze({ parseAs: "stream" as const });

type Result = { data?: unknown; response: Response };
type Init = Record<string, unknown> | undefined;

/**
 * What openapi-fetch gets for one call, and whether `data` is to be replaced by what the policy parsed. Only JSON
 * is offered (`parseAs` is typed away): a `parseAs` given anyway reads as JSON. With a middleware registered, or a
 * per-call `fetch` (which openapi-fetch sends through instead of the client's, with no policy), openapi-fetch
 * parses the body itself, from a real Request's answer.
 */
function initFor(init: Init, state: { middleware: boolean }): [init: Init, parsedByPolicy: boolean] {
  if (init?.["fetch"]) return [{ Request, ...init, parseAs: "json" }, false];
  if (state.middleware) return [init?.["parseAs"] ? { ...init, parseAs: "json" } : init, false];
  return [init ? { ...init, parseAs: "stream" } : LEAVE_BODY, true];
}

/**
 * Makes each method of an openapi-fetch client return the body the policy fetch parsed (see
 * policy/parsed-body.ts) as `data`, instead of having openapi-fetch parse it again.
 */
export function parseOnce<C extends Client<never>>(client: C, state: { middleware: boolean }): C {
  const methods = client as unknown as Record<(typeof METHODS)[number], (url: never, init?: Init) => Promise<Result>>;
  for (const name of METHODS) {
    const call = methods[name];
    methods[name] = (url, init) => {
      const [sent, parsed] = initFor(init, state);
      return parsed ? call(url, sent).then(withParsedBody) : call(url, sent);
    };
  }
  const holder = client as unknown as { request: (method: never, url: never, init?: Init) => Promise<Result> };
  const request = holder.request;
  holder.request = (method, url, init) => {
    const [sent, parsed] = initFor(init, state);
    return parsed ? request(method, url, sent).then(withParsedBody) : request(method, url, sent);
  };
  return client;
}
