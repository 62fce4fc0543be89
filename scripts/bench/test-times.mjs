// Wall times of the README's test command (`pnpm test`), the figure contributors wait for on every change:
// - with a warm turbo cache: builds and lint come from the cache, every test suite runs (as after an edit);
// - on a fresh clone with a warm pnpm store: nothing cached, as CI and a new contributor start.
// Each package's own vitest duration is kept too, to show which suite is the long pole.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { isMain, median } from "./stats.mjs";
import { BENCH_ENV, testSuiteDirs } from "./workspace.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const RUNS = 2;
function timed(command, args, cwd, env = BENCH_ENV) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd, env, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { seconds, status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Each package's vitest wall time and test count, from the JSON reports the run just wrote. */
function suiteTimes(checkout) {
  return testSuiteDirs(checkout).flatMap((dir) => {
    const report = join(checkout, dir, "reports", "vitest.json");
    if (!existsSync(report)) return [];
    const { startTime, testResults, numTotalTests } = JSON.parse(readFileSync(report, "utf8"));
    const end = Math.max(startTime, ...testResults.map((file) => file.endTime ?? startTime));
    return [{ dir, seconds: (end - startTime) / 1000, tests: numTotalTests }];
  });
}

/**
 * `pnpm test` with builds and lint served by turbo's cache while every test task runs: a value of our own in an
 * `IDENTITYCALL_*` variable (part of the test tasks' hash, not of the builds') makes each run a test-cache miss.
 */
export function measureWarmTestCommand() {
  const build = timed("pnpm", ["build"], root);
  if (build.status !== 0) throw new Error(`pnpm build failed:\n${build.output}`);
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    runs.push(timed("pnpm", ["test"], root, { ...BENCH_ENV, IDENTITYCALL_BENCH_RUN: `${Date.now()}-${i}` }));
  }
  return { medianSeconds: median(runs.map((r) => r.seconds)), runs: runs.map((r) => r.seconds), passed: runs.every((r) => r.status === 0), suites: suiteTimes(root) };
}

/** A clone of the committed HEAD: `pnpm install --frozen-lockfile` (store already warm), then `pnpm test`. */
export function measureFreshClone() {
  const dir = mkdtempSync(join(tmpdir(), "identitycall-bench-clone-"));
  try {
    const clone = timed("git", ["clone", "--quiet", root, dir], root);
    if (clone.status !== 0) throw new Error(`git clone failed:\n${clone.output}`);
    const install = timed("pnpm", ["install", "--frozen-lockfile", "--prefer-offline"], dir);
    if (install.status !== 0) throw new Error(`pnpm install failed:\n${install.output}`);
    const test = timed("pnpm", ["test"], dir);
    return { installSeconds: install.seconds, testSeconds: test.seconds, passed: test.status === 0, suites: suiteTimes(dir) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) {
  const warm = measureWarmTestCommand();
  console.log(`pnpm test, warm cache: ${warm.medianSeconds.toFixed(1)} s median (${warm.runs.map((s) => s.toFixed(1)).join(", ")}), ${warm.passed ? "passed" : "FAILED"}`);
  for (const suite of warm.suites) console.log(`  ${suite.dir}: ${suite.seconds.toFixed(1)} s, ${suite.tests} tests`);
  const fresh = measureFreshClone();
  console.log(`fresh clone: install ${fresh.installSeconds.toFixed(1)} s, pnpm test ${fresh.testSeconds.toFixed(1)} s, ${fresh.passed ? "passed" : "FAILED"}`);
}
