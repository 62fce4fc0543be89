import type { Client } from "openapi-fetch";
import { withParsedBody } from "./policy/parsed-body.js";

const METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;
/** Tells openapi-fetch to leave a successful body alone: the policy fetch has read and parsed it already. */
const LEAVE_BODY = Object.freeze({ parseAs: "stream" as const });

type Result = { data?: unknown; response: Response };

type Call = (url: never, init?: Record<string, unknown>) => Promise<Result>;

/**
 * Makes each method of an openapi-fetch client return the body the policy fetch parsed (see
 * policy/parsed-body.ts) as `data`, instead of having openapi-fetch parse it again. `parseAs` is therefore always
 * JSON: every answer of this API is. Once a middleware is registered (`state.middleware`), openapi-fetch parses: a
 * middleware may hand it a Response of its own.
 */
export function parseOnce<C extends Client<never>>(client: C, state: { middleware: boolean }): C {
  const methods = client as unknown as Record<(typeof METHODS)[number], Call>;
  for (const name of METHODS) {
    const call = methods[name];
    methods[name] = (url, init) =>
      state.middleware ? call(url, init) : call(url, init ? { ...init, parseAs: "stream" } : LEAVE_BODY).then(withParsedBody);
  }
  const request = (client as unknown as { request: (method: never, url: never, init?: object) => Promise<Result> }).request;
  (client as unknown as { request: typeof request }).request = (method, url, init) =>
    state.middleware ? request(method, url, init) : request(method, url, init ? { ...init, parseAs: "stream" } : LEAVE_BODY).then(withParsedBody);
  return client;
}
