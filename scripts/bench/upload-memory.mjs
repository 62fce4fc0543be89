// Upload memory and time by input kind and size: the client package's own script
// (`packages/client/scripts/upload-memory.mjs`), one process per upload, reached through pnpm by package name.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { isMain } from "./stats.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const CASES = [
  { kind: "path", mb: 100 },
  { kind: "path", mb: 500 },
  { kind: "path", mb: 500, dropFirst: true },
  { kind: "blob", mb: 500 },
  { kind: "blob", mb: 500, dropFirst: true },
  { kind: "stream", mb: 500 },
];

/** `{ rows: [{ kind, mb, dropFirst, attempts, rssGrowthMb, seconds }] }`. */
export function measureUploads() {
  const rows = CASES.map(({ kind, mb, dropFirst = false }) => {
    const args = ["--filter", "@identitycall/client", "exec", "node", "--expose-gc", "scripts/upload-memory.mjs", "--kind", kind, "--mb", String(mb)];
    if (dropFirst) args.push("--drop-first");
    const result = spawnSync("pnpm", args, { cwd: root, encoding: "utf8" });
    const line = (result.stdout ?? "").trim().split("\n").at(-1) ?? "";
    if (result.status !== 0 || !line.startsWith("{")) throw new Error(`upload-memory ${kind} ${mb} MB failed:\n${result.stdout}${result.stderr}`);
    return { ...JSON.parse(line), dropFirst };
  });
  return { rows };
}

if (isMain(import.meta.url)) console.table(measureUploads().rows);
