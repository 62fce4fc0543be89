import { runOrThrow } from "./run.js";
import type { WorkspacePackage } from "./public-packages.js";

/** `pnpm pack`s one package into `destination` and returns the tarball's path, which pnpm prints last. */
async function packOne(pkg: WorkspacePackage, destination: string): Promise<string> {
  const { stdout } = await runOrThrow("pnpm", ["pack", "--pack-destination", destination], { cwd: pkg.dir });
  const tarball = stdout
    .trim()
    .split("\n")
    .reverse()
    .find((line) => line.trim().endsWith(".tgz"));
  if (!tarball) throw new Error(`pnpm pack printed no tarball path for ${pkg.name}:\n${stdout}`);
  return tarball.trim();
}

/**
 * `pnpm pack`s each package into `destination`, as `pnpm publish` would upload it (workspace: ranges replaced
 * by real versions). Returns the tarball paths, in the order given. The packs are independent (each writes its
 * own tarball), so they run side by side.
 */
export function packPackages(packages: WorkspacePackage[], destination: string): Promise<string[]> {
  return Promise.all(packages.map((pkg) => packOne(pkg, destination)));
}
