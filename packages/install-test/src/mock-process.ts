import { spawn } from "node:child_process";
import { join } from "node:path";

/** How long the mock gets to close after SIGTERM (it takes well under a second) before it is killed. */
const STOP_GRACE_MS = 3_000;

export interface MockProcess {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts `identitycall-mock --port 0` from a project's node_modules/.bin, as a user's script would, and
 * resolves with the URL it prints once listening. It starts next to tsc, on a machine that may be busy: loading
 * Prism there took up to 11 s, hence a limit well beyond that.
 */
export function startInstalledMock(projectDir: string, timeoutMs = 60_000): Promise<MockProcess> {
  const child = spawn(join(projectDir, "node_modules", ".bin", "identitycall-mock"), ["--port", "0"], {
    cwd: projectDir,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      // A child killed by a signal has a signalCode and no exitCode; either means there is no exit left to wait for.
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
      // The stop runs in Vitest's teardown, which is cut off after 10 s: a mock that ignores SIGTERM must not use it up.
      setTimeout(() => child.kill("SIGKILL"), STOP_GRACE_MS).unref();
    });
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`identitycall-mock printed no URL within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ url, stop });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`identitycall-mock exited with ${code} before listening:\n${output}`));
    });
  });
}
