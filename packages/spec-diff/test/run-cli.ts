import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { findWorkspaceRoot } from "../src/index.mjs";

/** The workspace this package is in (found from the package's own location, not the current directory). */
export const workspaceRoot: string = findWorkspaceRoot(fileURLToPath(new URL(".", import.meta.url)));
/** The workspace's redocly, which bundles the base spec too. */
export const redocly = join(workspaceRoot, "node_modules", ".bin", "redocly");
const specDiffCli = fileURLToPath(new URL("../src/cli.mjs", import.meta.url));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the package's CLI (what `pnpm spec-diff` runs) with these arguments, from the workspace root. */
export function runSpecDiff(args: string[], cwd = workspaceRoot): CliResult {
  const result = spawnSync(process.execPath, [specDiffCli, ...args], { cwd, encoding: "utf8", env: { ...process.env, REDOCLY_TELEMETRY: "off" } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
