// The engine on the HTTP server: a Node request read into the engine's terms, its answer written back.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { EngineRequest } from "./engine/mock-engine.js";
import type { MockAnswer } from "./engine/mock-answer.js";

/** JSON bodies of the API are small; anything past this is refused before it is held. */
const MAX_JSON_BODY_BYTES = 1024 * 1024;

export class BodyTooLargeForJsonError extends Error {}

/** A Node request's headers as the engine reads them (`get`, case-insensitive, repeated ones joined). */
export const headersOf = (req: IncomingMessage): EngineRequest["headers"] => ({
  get: (name: string) => [req.headers[name.toLowerCase()] ?? []].flat().join(", ") || null,
});

/** The request with its body read (and parsed, when it is JSON). */
export async function readEngineRequest(req: IncomingMessage, url: URL): Promise<EngineRequest> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_JSON_BODY_BYTES) throw new BodyTooLargeForJsonError(`A JSON body may be at most ${MAX_JSON_BODY_BYTES} bytes`);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  const request: EngineRequest = { method: req.method ?? "GET", url, headers: headersOf(req) };
  if (text.trim() === "") return request;
  try {
    return { ...request, jsonBody: JSON.parse(text) };
  } catch {
    return { ...request, unreadableBody: text };
  }
}

/** Writes an answer, with the CORS headers Prism would add, so a page (the docs' console) can read it. */
export function writeAnswer(req: IncomingMessage, res: ServerResponse, answer: MockAnswer): void {
  const headers = { "access-control-allow-origin": req.headers.origin ?? "*", "access-control-expose-headers": "*", ...answer.headers };
  const body = answer.body === undefined ? undefined : typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body);
  res.writeHead(answer.status, headers).end(body);
}
