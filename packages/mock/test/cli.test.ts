import { spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));

function run(args: string[]) {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
  return { child, output: () => ({ stdout, stderr }) };
}

describe("identitycall-mock", () => {
  it("prints its URL, serves until SIGTERM, then exits 0", async () => {
    const { child, output } = run(["--port", "0"]);
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on("data", () => {
        const match = /listening on (http:\/\/\S+)/.exec(output().stdout);
        if (match?.[1]) resolve(match[1]);
      });
      child.once("exit", () => reject(new Error(`exited early: ${output().stderr}`)));
    });
    const response = await fetch(`${url}/virtual_numbers`, { headers: { Authorization: "Bearer idc_x" } });
    expect(response.status).toBe(200);
    child.kill("SIGTERM");
    const [code] = await once(child, "exit");
    expect(code).toBe(0);
  });

  it("rejects a bad port with a message and exit status 2", async () => {
    const { child, output } = run(["--port", "http"]);
    const [code] = await once(child, "exit");
    expect(code).toBe(2);
    expect(output().stderr).toContain('--port must be a whole number from 0 to 65535, got "http"');
  });
});
