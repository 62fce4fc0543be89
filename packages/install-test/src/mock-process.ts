import { spawn } from "node:child_process";
import { join } from "node:path";

export interface MockProcess {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts `identitycall-mock --port 0` from a project's node_modules/.bin, as a user's script would, and
 * resolves with the URL it prints once listening.
 */
export function startInstalledMock(projectDir: string, timeoutMs = 30_000): Promise<MockProcess> {
  const child = spawn(join(projectDir, "node_modules", ".bin", "identitycall-mock"), ["--port", "0"], {
    cwd: projectDir,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
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
