import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const workspaceRoot = fileURLToPath(new URL("../../../", import.meta.url));

export interface WorkspacePackage {
  name: string;
  version: string;
  dir: string;
}

/** Every workspace package that gets published (no `"private": true`), so a new one is tested without edits here. */
export function publicPackages(): WorkspacePackage[] {
  const packagesDir = join(workspaceRoot, "packages");
  return readdirSync(packagesDir)
    .map((name) => join(packagesDir, name))
    .flatMap((dir) => {
      try {
        return [{ dir, manifest: JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) }];
      } catch {
        return [];
      }
    })
    .filter(({ manifest }) => manifest.private !== true)
    .map(({ dir, manifest }) => ({ name: manifest.name, version: manifest.version, dir }));
}
