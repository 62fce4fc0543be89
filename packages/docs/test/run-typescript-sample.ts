// Runs compiled TypeScript samples with Node through typescript-sample-runner.mjs: one process for the whole
// suite, one worker thread per sample, so samples can run side by side without one Node start-up each.
import { fork } from "node:child_process";

export interface SampleRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface SampleRunner {
  run(file: string): Promise<SampleRun>;
  stop(): Promise<void>;
}

const runnerPath = new URL("./typescript-sample-runner.mjs", import.meta.url).pathname;

/** Starts the runner in `cwd` with exactly `env` (the samples see nothing of the test process's environment). */
export function startSampleRunner({ cwd, env }: { cwd: string; env: NodeJS.ProcessEnv }): SampleRunner {
  // No execArgv: the test worker's own Node flags are vitest's business, not the samples'.
  const runner = fork(runnerPath, { cwd, env, execArgv: [], stdio: ["ignore", "ignore", "inherit", "ipc"] });
  const pending = new Map<number, { resolve(run: SampleRun): void; reject(error: Error): void }>();
  let nextId = 0;
  runner.on("message", ({ id, ...run }: SampleRun & { id: number }) => {
    pending.get(id)?.resolve(run);
    pending.delete(id);
  });
  runner.on("exit", (code, signal) => {
    for (const { reject } of pending.values()) reject(new Error(`the sample runner stopped (${signal ?? code})`));
    pending.clear();
  });
  return {
    run: (file) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        runner.send({ id, file });
      }),
    stop: async () => {
      if (runner.exitCode !== null || runner.signalCode !== null) return;
      const exited = new Promise((resolve) => runner.once("exit", resolve));
      runner.disconnect();
      await exited;
    },
  };
}
