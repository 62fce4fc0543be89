// The CPU each package's test suite needs, run alone (user + system time of every process it starts), and the
// least wall time all of them could take together on this machine's cores. It tells whether a wall-time target
// for `pnpm test` can be reached by running suites side by side in a better order, or only by doing less work.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { isMain } from "./stats.mjs";
import { BENCH_ENV, testSuiteDirs } from "./workspace.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** The kernel's clock ticks per second, in which /proc reports CPU time; undefined where it cannot be read. */
function clockTicksPerSecond() {
  try {
    const ticks = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
    return ticks > 0 ? ticks : undefined;
  } catch {
    return undefined;
  }
}

/**
 * CPU seconds used so far by the processes this one has started and waited for, their own descendants included
 * (Linux's cutime + cstime in /proc/self/stat); undefined where there is no such file. A descendant nobody waited
 * for (an orphan) is not counted, so the figure errs low.
 */
function waitedChildrenCpuSeconds(ticksPerSecond) {
  if (ticksPerSecond === undefined || !existsSync("/proc/self/stat")) return undefined;
  const stat = readFileSync("/proc/self/stat", "utf8");
  // Fields after the command name, which sits in parentheses and may hold spaces: field 3 onwards.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[13]) + Number(fields[14])) / ticksPerSecond; // fields 16 (cutime) and 17 (cstime)
}

/** Each suite's `pnpm test` run alone, one after another; expects the packages to be built. */
export function measureSuiteCpu() {
  const cores = availableParallelism();
  const ticksPerSecond = clockTicksPerSecond();
  const suites = testSuiteDirs(root).map((dir) => {
    const cpuBefore = waitedChildrenCpuSeconds(ticksPerSecond);
    const start = process.hrtime.bigint();
    const result = spawnSync("pnpm", ["test"], { cwd: join(root, dir), env: BENCH_ENV, stdio: "ignore" });
    const wallSeconds = Number(process.hrtime.bigint() - start) / 1e9;
    const cpuAfter = waitedChildrenCpuSeconds(ticksPerSecond);
    const cpuSeconds = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
    return { dir, wallSeconds, cpuSeconds, passed: result.status === 0 };
  });
  const measured = suites.every((s) => s.cpuSeconds !== undefined);
  const totalCpuSeconds = measured ? suites.reduce((sum, s) => sum + s.cpuSeconds, 0) : undefined;
  // Nor can the whole finish before its longest suite does, which had the machine to itself here.
  const longestAlone = Math.max(...suites.map((s) => s.wallSeconds));
  const floorSeconds = measured ? Math.max(totalCpuSeconds / cores, longestAlone) : undefined;
  return { cores, suites, totalCpuSeconds, floorSeconds };
}

if (isMain(import.meta.url)) {
  const { cores, suites, totalCpuSeconds, floorSeconds } = measureSuiteCpu();
  for (const s of suites) console.log(`${s.dir}: ${s.cpuSeconds?.toFixed(1) ?? "n/a"} s CPU, ${s.wallSeconds.toFixed(1)} s wall${s.passed ? "" : ", FAILED"}`);
  if (totalCpuSeconds !== undefined) {
    console.log(`all suites: ${totalCpuSeconds.toFixed(1)} s CPU; on ${cores} cores at least ${floorSeconds.toFixed(1)} s`);
  }
}
