import type { Client } from "openapi-fetch";
import { READ_PARSED_BODY } from "./policy/parsed-body.js";

const METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;
/** Tells openapi-fetch to take the body the policy fetch parsed already (see policy/parsed-body.ts). */
const READ_KEPT = Object.freeze({ parseAs: READ_PARSED_BODY });

type Init = Record<string, unknown> | undefined;

/**
 * Whether the policy's parse becomes `data`. Not with a middleware registered on the client or given to the call,
 * nor with a per-call `fetch` (which openapi-fetch sends through instead of the client's, with no policy):
 * openapi-fetch then parses the body itself, from a real Request's answer. A per-call `fetch` and `middleware` are
 * typed away, but JavaScript can still pass them.
 */
const parsedByPolicy = (init: Init, state: { middleware: boolean }) => !state.middleware && !init?.["fetch"] && !init?.["middleware"];

/** The init that has openapi-fetch take the policy's parse. */
const readingKept = (init: Init): Init => (init ? { ...init, parseAs: READ_PARSED_BODY } : READ_KEPT);

/**
 * The init for openapi-fetch to parse with: only JSON is offered (`parseAs` is typed away), so it reads JSON. With
 * a per-call `fetch` or `middleware` it also builds its Request from the global class, not the client's deferred
 * one: that fetch and that middleware get a real Request.
 */
const parsingJson = (init: Init): Init =>
  init?.["fetch"] || init?.["middleware"] ? { Request, ...init, parseAs: "json" } : init?.["parseAs"] ? { ...init, parseAs: "json" } : init;

/**
 * Makes each method of an openapi-fetch client return the body the policy fetch parsed as `data`, instead of
 * having openapi-fetch parse it again.
 */
export function parseOnce<C extends Client<never>>(client: C, state: { middleware: boolean }): C {
  const methods = client as unknown as Record<(typeof METHODS)[number], (url: never, init?: Init) => unknown>;
  for (const name of METHODS) {
    const call = methods[name];
    methods[name] = (url, init) => call(url, parsedByPolicy(init, state) ? readingKept(init) : parsingJson(init));
  }
  const holder = client as unknown as { request: (method: never, url: never, init?: Init) => unknown };
  const request = holder.request;
  holder.request = (method, url, init) => request(method, url, parsedByPolicy(init, state) ? readingKept(init) : parsingJson(init));
  return client;
}
