import { cpSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runOrThrow, type RunResult } from "./run.js";

const template = fileURLToPath(new URL("../consumer/", import.meta.url));

// What a TypeScript user of the packages would install next to them; the same pins as the workspace.
const USER_DEV_DEPENDENCIES = ["typescript@5.9.3", "@types/node@20.19.43"];

/**
 * Makes a user's project in `dir` (outside the workspace: no pnpm, no workspace links) from the template in
 * ../consumer and installs the tarballs into it with plain npm. Dependencies of the tarballs come from the
 * registry through npm's cache, so repeated runs are quick. Resolves with npm's output.
 */
export async function createConsumerProject(dir: string, tarballs: string[]): Promise<RunResult> {
  cpSync(template, dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "identitycall-consumer", version: "1.0.0", private: true }, null, 2));
  // npm's warnings are kept (loglevel warn): an engine mismatch on the user's Node shows up there.
  return runOrThrow("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=warn", ...tarballs, ...USER_DEV_DEPENDENCIES], {
    cwd: dir,
    // Settings from the workspace's own install must not leak into the user's.
    env: withoutPnpmSettings(process.env),
  });
}

/** The environment minus what pnpm sets for scripts it runs (npm_config_*, npm_package_*), which would steer npm. */
export function withoutPnpmSettings(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !/^npm_(config|package|lifecycle)_/i.test(key) && key !== "PNPM_SCRIPT_SRC_DIR"));
}
