// Describes the machine and the versions measured, for the header of BENCHMARKS.md.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus, loadavg, release, totalmem, type } from "node:os";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const require = createRequire(new URL("../../package.json", import.meta.url));

const versionOf = (name) => {
  try {
    return JSON.parse(readFileSync(require.resolve(`${name}/package.json`), "utf8")).version;
  } catch {
    return "unknown";
  }
};

const command = (cmd, args) => {
  try {
    return execFileSync(cmd, args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "unknown";
  }
};

export function describeMachine() {
  const cpu = cpus();
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    cpu: `${cpu[0]?.model ?? "unknown"} × ${cpu.length}`,
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    os: `${type()} ${release()}`,
    node: process.version,
    pnpm: command("pnpm", ["--version"]),
    loadAverage: loadavg().map((n) => n.toFixed(2)).join(", "),
    commit: command("git", ["rev-parse", "--short", "HEAD"]),
    dirty: command("git", ["status", "--porcelain"]) !== "",
    versions: {
      "@identitycall/client": versionOf("@identitycall/client"),
      "openapi-fetch": versionOf("openapi-fetch"),
      axios: versionOf("axios"),
      esbuild: versionOf("esbuild"),
    },
  };
}
