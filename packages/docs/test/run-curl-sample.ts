// Runs a committed cURL sample, as written, against another base URL: the sample's text is sourced by bash
// with `curl` wrapped so that the status code and body are captured instead of printed.
import { execFile } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { basename, join } from "node:path";
import { promisify } from "node:util";
import { SAMPLE_API_KEY } from "./sample-workdir.js";

const run = promisify(execFile);

export async function runCurlSample(
  samplePath: string,
  { productionBaseUrl, baseUrl, cwd }: { productionBaseUrl: string; baseUrl: string; cwd: string },
): Promise<{ status: number; body: string }> {
  const sample = readFileSync(samplePath, "utf8");
  if (!sample.includes(productionBaseUrl)) {
    throw new Error(`${samplePath} does not call ${productionBaseUrl}, so it cannot be pointed at the mock`);
  }
  // One body file per sample, so that samples can run side by side in the same folder.
  const bodyFile = join(cwd, `${basename(samplePath)}.response-body`);
  // curl writes no file for an empty body (204), so a body left from an earlier run must not be read back.
  rmSync(bodyFile, { force: true });
  const script = [
    'curl() { command curl --silent --show-error --max-time 20 --output "$BODY_FILE" --write-out "%{http_code}" "$@"; }',
    sample.replaceAll(productionBaseUrl, baseUrl),
  ].join("\n");
  // --norc: with a socket as stdin (what Node gives a child) and no SHLVL, bash takes itself for a remote shell
  // and sources ~/.bashrc, which took 0.7 to 2 s a sample here (pyenv's set-up) and may change PATH, so which
  // curl runs.
  const { stdout } = await run("bash", ["--norc", "-c", script], {
    cwd,
    env: { PATH: process.env.PATH, IDENTITYCALL_API_KEY: SAMPLE_API_KEY, BODY_FILE: bodyFile },
  });
  return { status: Number(stdout.trim()), body: existsSync(bodyFile) ? readFileSync(bodyFile, "utf8") : "" };
}
