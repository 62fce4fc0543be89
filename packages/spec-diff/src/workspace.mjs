// Where the workspace this package belongs to is: the default `--root`, and the home of the `redocly` that
// bundles the base spec. Found from this file's own location, so it does not depend on the current directory.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The nearest directory above `from` that holds a `pnpm-workspace.yaml`. */
export function findWorkspaceRoot(from = fileURLToPath(new URL(".", import.meta.url))) {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
    if (dirname(dir) === dir) throw new Error(`spec-diff: no pnpm-workspace.yaml above ${from}; is the package inside its workspace?`);
  }
}
