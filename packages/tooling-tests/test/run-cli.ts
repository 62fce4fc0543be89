import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const specDiffCli = fileURLToPath(new URL("../../../scripts/spec-diff/cli.mjs", import.meta.url));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `pnpm spec-diff` (the script itself, as the root script does) with these arguments. */
export function runSpecDiff(args: string[], cwd = repoRoot): CliResult {
  const result = spawnSync(process.execPath, [specDiffCli, ...args], { cwd, encoding: "utf8", env: { ...process.env, REDOCLY_TELEMETRY: "off" } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
