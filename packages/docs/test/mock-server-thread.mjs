// The mock API, run by mock-thread.ts in a worker thread: posts the mock's URL once it listens, and stops it
// on the first message it gets.
import { parentPort } from "node:worker_threads";
import { startMockServer } from "@identitycall/mock";

const mock = await startMockServer({ port: 0 });
parentPort.postMessage(mock.url);
parentPort.once("message", async () => {
  await mock.close();
  process.exit(0); // in a worker, this ends the thread only, whatever timers Prism may have left behind
});
