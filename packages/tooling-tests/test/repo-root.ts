import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's root, found from this package's place in it (packages/tooling-tests/test). */
export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

/** The workspace's package folders, relative to the root: `spec` and each of `packages/` with a manifest. */
export const workspaceDirs = ["spec", ...readdirSync(join(repoRoot, "packages")).map((name) => join("packages", name))].filter((dir) =>
  existsSync(join(repoRoot, dir, "package.json")),
);

export interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  bin?: string | Record<string, string>;
}

/** The manifest of the package in `dir` under `root` (the repository, or a copy of it). */
export const manifestAt = (root: string, dir: string): Manifest => JSON.parse(readFileSync(join(root, dir, "package.json"), "utf8"));
