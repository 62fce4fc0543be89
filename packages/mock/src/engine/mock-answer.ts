// What the engine answers, before it is written to a socket (the server) or becomes a Response (MSW).
import type { Operation } from "@identitycall/openapi/model";
import type { Preferences } from "./prefer.js";

export interface MockAnswer {
  status: number;
  headers: Record<string, string>;
  /** A JSON value, or a string sent as is (a gateway's page); undefined for no body. */
  body?: unknown;
}

export interface AnswerSettings {
  /** The `Retry-After` of a 429 unless the request's `Prefer: retry-after=N` says otherwise, in seconds. */
  retryAfterSeconds: number;
}

/** A JSON answer. */
export const jsonAnswer = (status: number, body: unknown, mediaType = "application/json"): MockAnswer => ({
  status,
  headers: { "content-type": mediaType },
  body,
});

/** Prism's way of refusing a request (problem+json), kept so the server and the MSW handlers answer alike; `extra` adds fields (a validation list). */
export function problemAnswer(status: number, title: string, detail: string, kind = "UNPROCESSABLE_ENTITY", extra: Record<string, unknown> = {}): MockAnswer {
  return jsonAnswer(status, { type: `https://stoplight.io/prism/errors#${kind}`, title, status, detail, ...extra }, "application/problem+json");
}

/**
 * The operation's documented answer for `status`: the named example (else the first) of its first media type, with
 * its documented headers (a 429's `Retry-After` as the request or the settings say).
 */
export function documentedAnswer(operation: Operation, status: number, preferences: Preferences, settings: AnswerSettings): MockAnswer {
  const response = operation.responses.find((r) => r.status === String(status));
  if (!response) {
    const documented = operation.responses.map((r) => r.status).join(", ");
    return problemAnswer(404, "The server cannot find the requested content", `${operation.operationId} documents no ${status} response; ask for one of ${documented}`, "NOT_FOUND");
  }
  const headers: Record<string, string> = {};
  for (const header of response.headers) {
    if (header.name.toLowerCase() === "retry-after") headers[header.name] = String(preferences.retryAfter ?? settings.retryAfterSeconds);
  }
  const media = response.content.find((m) => m.examples.some((e) => e.name === preferences.example)) ?? response.content[0];
  if (!media) return { status, headers };
  const example = media.examples.find((e) => e.name === preferences.example) ?? media.examples[0];
  return { status, headers: { ...headers, "content-type": media.mediaType }, body: example?.value };
}
