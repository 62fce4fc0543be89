import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { WorkspacePackage } from "./public-packages.js";

/** Every file path a manifest points users at: main, module, types, bin and all `exports` targets. */
function declaredFiles(manifest: Record<string, unknown>): string[] {
  const found: string[] = [];
  const collect = (value: unknown) => {
    if (typeof value === "string") found.push(value);
    else if (value && typeof value === "object") Object.values(value).forEach(collect);
  };
  for (const key of ["main", "module", "types", "bin", "exports"]) collect(manifest[key]);
  return [...new Set(found.filter((path) => !path.includes("*") && !path.endsWith("package.json")))];
}

/**
 * Throws, naming the files, when a package's manifest points at files its build has not made (yet): packing
 * then would ship a broken package, and the failures further on would not say why.
 */
export function assertBuilt(packages: WorkspacePackage[]): void {
  const missing = packages.flatMap((pkg) => {
    const manifest = JSON.parse(readFileSync(join(pkg.dir, "package.json"), "utf8")) as Record<string, unknown>;
    return declaredFiles(manifest)
      .filter((path) => !existsSync(join(pkg.dir, path)))
      .map((path) => `${pkg.name}: ${path}`);
  });
  if (missing.length > 0) {
    throw new Error(`These files are named in package.json but do not exist; run \`pnpm build\` first:\n  ${missing.join("\n  ")}`);
  }
}
