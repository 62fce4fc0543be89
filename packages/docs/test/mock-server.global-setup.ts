// One mock API for the whole run: starting Prism costs seconds of CPU, which each test file would otherwise
// pay again in its own worker. It starts in a thread, behind a relay whose address is known at once, so that
// files which never call it (the browser test above all) don't wait for it; those that do wait in a hook
// (mock-url.ts).
import type { TestProject } from "vitest/node";
import { startMockThread } from "./mock-thread.js";
import { relayWhenReady } from "./relay-when-ready.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** Base URL of the shared mock, e.g. `http://127.0.0.1:41234`. */
    mockUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const mock = startMockThread();
  const relay = await relayWhenReady(mock.url);
  project.provide("mockUrl", relay.url);
  return async () => {
    await relay.close();
    await mock.stop();
  };
}
