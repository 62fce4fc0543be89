import type { DeferredRequest } from "./deferred-request.js";

/**
 * Makes a deferred request's body one that every attempt can send, for a request that may be retried; says false
 * when it cannot be sent twice. A string, a Blob or URLSearchParams are kept as they are. A form is encoded once,
 * with the Content-Type naming its boundary (each fetch would pick a boundary of its own). Bytes become a Blob:
 * fetch detaches an ArrayBuffer it sent, so a 307/308 redirect could not send them again. A stream or an async
 * iterable can be read once only: such a request is sent once (an upload brings its own `replayBody` instead).
 */
export function makeBodyReplayable(request: DeferredRequest): boolean | Promise<true> {
  const { body } = request.init;
  if (body == null || typeof body === "string" || body instanceof Blob || body instanceof URLSearchParams) return true;
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) {
    request.init.body = new Blob([body as BlobPart]);
    return true;
  }
  // Only a form needs awaiting: most calls (no body, or JSON text) go on without an await.
  if (body instanceof FormData) return encodeFormOnce(request, body);
  return false;
}

async function encodeFormOnce(request: DeferredRequest, form: FormData): Promise<true> {
  const encoded = new Response(form);
  request.init.body = await encoded.blob();
  request.headers.set("Content-Type", encoded.headers.get("Content-Type")!);
  return true;
}
