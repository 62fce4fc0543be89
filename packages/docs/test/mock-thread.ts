// Runs the mock API (mock-server-thread.mjs) in a worker thread of this process, so that loading Prism, seconds
// of CPU, does not block the thread that starts it.
import { Worker } from "node:worker_threads";

export interface MockThread {
  /** The mock's base URL, once it listens. */
  url: Promise<string>;
  stop(): Promise<void>;
}

export function startMockThread(): MockThread {
  const thread = new Worker(new URL("./mock-server-thread.mjs", import.meta.url));
  const ended = new Promise<void>((resolve) => thread.once("exit", () => resolve()));
  let listening = false;
  const url = new Promise<string>((resolve, reject) => {
    thread.once("message", resolve);
    thread.once("error", reject);
    thread.once("exit", (code) => reject(new Error(`its thread ended (exit code ${code}) before it listened`)));
  });
  url.then(
    () => (listening = true),
    (error: Error) => console.error(`identitycall-mock could not start: ${error.stack ?? error.message}`),
  );
  return {
    url,
    stop: async () => {
      // A run whose files never called the mock may end while Prism is still loading: nothing to close yet.
      if (!listening) {
        await thread.terminate();
        return;
      }
      thread.postMessage("stop");
      await ended;
    },
  };
}
