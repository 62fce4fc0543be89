// IDENTITYCALL_LOG=debug: one line per request event on stderr, built on `observe`, so it shows exactly what an
// observer sees (no headers, no body, no key: URLs never carry it).
import type { RequestEvent } from "./observe.js";

/** The logger `IDENTITYCALL_LOG=debug` asks for, or undefined when it is not set. */
export function debugLogFromEnvironment(): ((event: RequestEvent) => void) | undefined {
  const level = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.["IDENTITYCALL_LOG"];
  if (level !== "debug") return undefined;
  const started = new Map<string, number>();
  return (event) => {
    const key = `${event.method} ${event.url} ${event.attempt}`;
    const what = `${event.method} ${event.url} (attempt ${event.attempt})`;
    const took = () => `${Math.round(performance.now() - (started.get(key) ?? performance.now()))} ms`;
    if (event.type === "request") {
      started.set(key, performance.now());
      console.error(`identitycall: ${what} sent`);
      return;
    }
    if (event.type === "response") console.error(`identitycall: ${what} answered ${event.status} in ${took()}`);
    else if (event.type === "retry") console.error(`identitycall: ${what} retried in ${event.delayMs} ms (${event.reason})`);
    else console.error(`identitycall: ${what} failed after ${took()}: ${event.error.name}: ${event.error.message}`);
    started.delete(key);
  };
}
