import { runOrThrow } from "./run.js";
import type { WorkspacePackage } from "./public-packages.js";

/**
 * `pnpm pack`s each package into `destination`, as `pnpm publish` would upload it (workspace: ranges replaced
 * by real versions). Returns the tarball paths, in the order given.
 */
export async function packPackages(packages: WorkspacePackage[], destination: string): Promise<string[]> {
  const tarballs: string[] = [];
  for (const pkg of packages) {
    const { stdout } = await runOrThrow("pnpm", ["pack", "--pack-destination", destination], { cwd: pkg.dir });
    const tarball = stdout
      .trim()
      .split("\n")
      .reverse()
      .find((line) => line.trim().endsWith(".tgz"));
    if (!tarball) throw new Error(`pnpm pack printed no tarball path for ${pkg.name}:\n${stdout}`);
    tarballs.push(tarball.trim());
  }
  return tarballs;
}
