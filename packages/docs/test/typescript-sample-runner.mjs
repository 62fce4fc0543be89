// One Node process that runs compiled TypeScript samples for the tests, each in a worker thread of its own:
// a fresh module graph, globals, environment and exit code per sample, as a separate `node sample.mjs` would
// give, without paying Node's start-up and fetch's first load once per sample. run-typescript-sample.ts starts
// it in the samples' folder and sends { id, file }; it answers with what the sample printed and its exit code.
import { once } from "node:events";
import { inspect } from "node:util";
import { Worker } from "node:worker_threads";

/** Node pushes a worker's last output before its exit event; this only guards against that ever changing. */
const ended = (stream) => (stream.readableEnded ? Promise.resolve() : once(stream, "end"));

/** @param {string} file */
async function runSample(file) {
  const worker = new Worker(file, { stdout: true, stderr: true });
  let stdout = "";
  let stderr = "";
  worker.stdout.setEncoding("utf8").on("data", (chunk) => (stdout += chunk));
  worker.stderr.setEncoding("utf8").on("data", (chunk) => (stderr += chunk));
  // An uncaught error ends the worker with exit code 1; a process would have printed it on its stderr.
  worker.on("error", (error) => (stderr += `Uncaught ${inspect(error)}\n`));
  const exitCode = await new Promise((resolve) => worker.on("exit", resolve));
  await Promise.all([ended(worker.stdout), ended(worker.stderr)]);
  return { exitCode, stdout, stderr };
}

process.on("message", ({ id, file }) => {
  runSample(file).then(
    (result) => process.send({ id, ...result }),
    (error) => process.send({ id, exitCode: 1, stdout: "", stderr: `could not run ${file}: ${inspect(error)}` }),
  );
});
// The tests are over (or were killed): nothing is left to answer.
process.on("disconnect", () => process.exit());
