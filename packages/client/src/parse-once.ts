import type { Client } from "openapi-fetch";
import { withParsedBody } from "./policy/parsed-body.js";

const METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;
/** Tells openapi-fetch to leave a successful body alone: the policy fetch has read and parsed it already. */
const LEAVE_BODY = Object.freeze({ parseAs: "stream" as const });

type Result = { data?: unknown; response: Response };
type Init = Record<string, unknown> | undefined;

/**
 * Whether the policy's parse becomes `data`. Not with a middleware registered, nor with a per-call `fetch` (which
 * openapi-fetch sends through instead of the client's, with no policy): openapi-fetch then parses the body itself,
 * from a real Request's answer.
 */
const parsedByPolicy = (init: Init, state: { middleware: boolean }) => !state.middleware && !init?.["fetch"];

/** The init that tells openapi-fetch to leave the body alone. */
const leavingBody = (init: Init): Init => (init ? { ...init, parseAs: "stream" } : LEAVE_BODY);

/** The init for openapi-fetch to parse with: only JSON is offered (`parseAs` is typed away), so it reads JSON. */
const parsingJson = (init: Init): Init => (init?.["fetch"] ? { Request, ...init, parseAs: "json" } : init?.["parseAs"] ? { ...init, parseAs: "json" } : init);

/**
 * Makes each method of an openapi-fetch client return the body the policy fetch parsed (see
 * policy/parsed-body.ts) as `data`, instead of having openapi-fetch parse it again.
 */
export function parseOnce<C extends Client<never>>(client: C, state: { middleware: boolean }): C {
  const methods = client as unknown as Record<(typeof METHODS)[number], (url: never, init?: Init) => Promise<Result>>;
  for (const name of METHODS) {
    const call = methods[name];
    methods[name] = (url, init) =>
      parsedByPolicy(init, state) ? call(url, leavingBody(init)).then(withParsedBody) : call(url, parsingJson(init));
  }
  const holder = client as unknown as { request: (method: never, url: never, init?: Init) => Promise<Result> };
  const request = holder.request;
  holder.request = (method, url, init) =>
    parsedByPolicy(init, state) ? request(method, url, leavingBody(init)).then(withParsedBody) : request(method, url, parsingJson(init));
  return client;
}
