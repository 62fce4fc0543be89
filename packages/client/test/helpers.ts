import { onTestFinished, vi } from "vitest";
import type { ServerResponse } from "node:http";
import { createIdentityCallClient, type IdentityCallClientOptions } from "../src/index.js";
import { DeadlineClock } from "../src/policy/deadline-clock.js";
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

/** How many timers hold the process now; an unref'd timer does not, and is not counted. */
export const timersHoldingProcess = () => process.getActiveResourcesInfo().filter((kind) => kind === "Timeout").length;

const realSetTimeout = globalThis.setTimeout;
const realClearTimeout = globalThis.clearTimeout;

/**
 * Browser-like timers until the test ends: ids are numbers, with nothing to unref, run by real timers. The map
 * holds the ones neither fired nor cleared, so a test sees a timer the client left armed, which in Node an unref'd
 * timer would hide.
 */
export function browserLikeTimers(): ReadonlyMap<number, unknown> {
  const armed = new Map<number, ReturnType<typeof setTimeout>>();
  let lastId = 0;
  vi.stubGlobal("setTimeout", (run: () => void, ms: number) => {
    const id = ++lastId;
    armed.set(id, realSetTimeout(() => (armed.delete(id), run()), ms));
    return id;
  });
  vi.stubGlobal("clearTimeout", (id: number) => (realClearTimeout(armed.get(id)), armed.delete(id)));
  onTestFinished(() => {
    for (const timer of armed.values()) realClearTimeout(timer);
    vi.unstubAllGlobals();
  });
  return armed;
}

/**
 * Watches every client's clock until the test ends: how many attempt deadlines were started, and how many are still
 * on a clock. Read from the clocks themselves, so it holds in Node, where their timer is unref'd and hidden from
 * `timersHoldingProcess`, without stubbing timers that other code in the process uses meanwhile.
 */
export function watchDeadlines() {
  const start = vi.spyOn(DeadlineClock.prototype, "start");
  onTestFinished(() => start.mockRestore());
  return {
    started: () => start.mock.calls.length,
    onClock: () => start.mock.calls.filter(([deadline]) => deadline.previous !== undefined).length,
  };
}

/** A custom fetch's answer that never comes: it rejects with the signal's reason once the client aborts it. */
export function untilAborted(init: RequestInit | undefined): Promise<Response> {
  const signal = init!.signal!;
  return new Promise<Response>((_resolve, reject) => signal.addEventListener("abort", () => reject(signal.reason)));
}
