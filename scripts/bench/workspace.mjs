// What the benchmarks that run the workspace's own commands share: the environment those commands get, and
// which folders hold a test suite.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** No telemetry calls and no colour codes in the output the benchmarks parse. */
export const BENCH_ENV = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", REDOCLY_TELEMETRY: "off", FORCE_COLOR: "0" };

/** The folders of `checkout` (relative to it) whose package has a `test` script: the suites `pnpm test` runs. */
export function testSuiteDirs(checkout) {
  const dirs = ["spec", ...readdirSync(join(checkout, "packages")).map((name) => join("packages", name))];
  return dirs.filter((dir) => {
    const manifest = join(checkout, dir, "package.json");
    return existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).scripts?.test !== undefined;
  });
}
