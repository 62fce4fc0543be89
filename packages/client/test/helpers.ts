import { onTestFinished } from "vitest";
import type { ServerResponse } from "node:http";
import { createIdentityCallClient, type IdentityCallClientOptions } from "../src/index.js";
import { startLocalServer, type Handler, type LocalServer, type RecordedRequest } from "./local-server.js";

/** A result as loose as the paths the tests invent. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type LooseResult = { data?: any; error?: any; response: Response };
type LooseMethod = (url: string, init?: Record<string, unknown>) => Promise<LooseResult>;
export type UntypedClient = Record<"GET" | "PUT" | "POST" | "DELETE" | "HEAD" | "PATCH", LooseMethod>;

export const KEY = "idc_0123456789abcdefghijklmnopqrstuv";

/**
 * The same client object without path typing, for requests to paths or methods the test server invents
 * (PUT, or paths the spec does not have yet). The runtime is exactly what users get.
 */
export function untypedClient(options: IdentityCallClientOptions): UntypedClient {
  return createIdentityCallClient({ apiKey: KEY, retryDelayMs: 1, ...options }) as never;
}

/** A local server that is closed when the current test ends. */
export async function serve(handler: Handler): Promise<LocalServer> {
  const server = await startLocalServer(handler);
  onTestFinished(() => server.close());
  return server;
}

/** A handler that answers the n-th request with the n-th step, and repeats the last step after that. */
export function inTurn(...steps: ((req: RecordedRequest, res: ServerResponse) => void)[]): Handler {
  let count = 0;
  return (req, res) => {
    const step = steps[Math.min(count++, steps.length - 1)];
    step?.(req, res);
  };
}

/** Answers with a status and a JSON body. */
export function status(code: number, body: unknown = { error: `status ${code}` }, headers: Record<string, string> = {}) {
  return (_req: RecordedRequest, res: ServerResponse) => {
    res.writeHead(code, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify(body));
  };
}

/** Closes the connection without answering. */
export function drop() {
  return (_req: RecordedRequest, res: ServerResponse) => res.socket?.destroy();
}
