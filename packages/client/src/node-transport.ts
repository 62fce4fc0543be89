// Large uploads in Node, Bun and Deno go out through node:http(s) instead of the runtime's fetch: Node's fetch
// keeps a streamed request body in memory until it is sent (undici issue 4058) and reads a file-backed Blob body
// whole, so a 500 MB recording would cost 500 MB. Written here with backpressure, the body costs a few chunks.
// Used only when nobody replaced fetch (a test stub, a custom `fetch` option): those keep seeing every request.

type NodeRequest = {
  write(chunk: Uint8Array): boolean;
  end(): void;
  destroy(error?: unknown): void;
  destroyed: boolean;
  once(event: string, listener: (...args: unknown[]) => void): NodeRequest;
  off(event: string, listener: (...args: unknown[]) => void): NodeRequest;
  on(event: string, listener: (...args: never[]) => void): NodeRequest;
};
type NodeResponse = {
  statusCode?: number;
  statusMessage?: string;
  rawHeaders: string[];
  on(event: string, listener: (...args: never[]) => void): NodeResponse;
  destroy(error?: unknown): void;
};
type Http = { request(url: URL, options: { method: string; headers: Record<string, string> }): NodeRequest };

/** Resolves once the request can take more (or is gone), leaving no listener behind. */
function drained(req: NodeRequest): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      req.off("drain", done);
      req.off("close", done);
      resolve();
    };
    req.once("drain", done).once("close", done);
  });
}

const getBuiltin = (globalThis as { process?: { getBuiltinModule?(id: string): unknown } }).process?.getBuiltinModule;

/** The fetch this runtime started with: when it is still in place, nobody intercepts requests through it. */
export const RUNTIME_FETCH = globalThis.fetch;

/** Statuses whose response has no body, which `new Response` refuses one for. */
const NO_BODY = new Set([101, 204, 205, 304]);

function responseOf(res: NodeResponse, url: string): Response {
  const headers = new Headers();
  for (let i = 0; i < res.rawHeaders.length; i += 2) headers.append(res.rawHeaders[i]!, res.rawHeaders[i + 1]!);
  const status = res.statusCode ?? 0;
  const body = NO_BODY.has(status)
    ? null
    : new ReadableStream<Uint8Array>({
        start(controller) {
          res.on("data", (chunk: Uint8Array) => controller.enqueue(new Uint8Array(chunk)));
          res.on("end", () => controller.close());
          res.on("error", (error: unknown) => controller.error(error));
        },
        cancel(reason) {
          res.destroy(reason);
        },
      });
  const response = new Response(body, { status, statusText: res.statusMessage ?? "", headers });
  Object.defineProperty(response, "url", { value: url });
  return response;
}

type Transport = (request: Request, init?: RequestInit) => Promise<Response>;
let made: { transport: Transport | undefined } | undefined;

/** A fetch over node:http(s) that writes the request body with backpressure; undefined where there is no node:http. */
export function streamingTransport(): Transport | undefined {
  return (made ??= { transport: makeTransport() }).transport;
}

function makeTransport(): Transport | undefined {
  const http = getBuiltin?.("http") as Http | undefined;
  const https = getBuiltin?.("https") as Http | undefined;
  if (!http || !https) return undefined;
  return (request, init) =>
    new Promise<Response>((resolve, reject) => {
      const url = new URL(request.url);
      const signal = init?.signal ?? request.signal;
      const headers: Record<string, string> = {};
      request.headers.forEach((value, name) => (headers[name] = value));
      const req = (url.protocol === "https:" ? https : http).request(url, { method: request.method, headers });
      let answered: NodeResponse | undefined;
      // Fetch's way of failing, so that the caller tells a refused connection from an abort as it does for fetch.
      const fail = (cause: unknown) => {
        req.destroy();
        reject(Object.assign(new TypeError("fetch failed", { cause })));
      };
      const abort = () => {
        req.destroy(signal?.reason);
        answered?.destroy(signal?.reason);
        reject(signal?.reason);
      };
      if (signal?.aborted) return abort();
      signal?.addEventListener("abort", abort, { once: true });
      req.on("error", fail);
      req.on("close", () => signal?.removeEventListener("abort", abort));
      req.on("response", (res: NodeResponse) => {
        answered = res;
        resolve(responseOf(res, request.url));
      });
      void (async () => {
        if (request.body) {
          for await (const chunk of request.body as unknown as AsyncIterable<Uint8Array>) {
            if (req.destroyed) return;
            if (!req.write(chunk)) await drained(req);
          }
        }
        req.end();
      })().catch(fail);
    });
}
