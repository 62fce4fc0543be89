// Wall times of two whole commands developers wait for: the contract suite against the mock, and a
// `pnpm build` that turbo serves entirely from its cache. Each is run several times; the median counts.
import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { isMain, median } from "./stats.mjs";
import { BENCH_ENV } from "./workspace.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const RUNS = 3;

function timeCommand(command, args, cwd) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd, env: BENCH_ENV, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  // vitest colours its summary even with FORCE_COLOR=0; the colour codes are stripped for parsing.
  const plain = (text) => (text ?? "").replace(/\x1b\[[0-9;]*m/g, "");
  return { seconds, status: result.status, stdout: plain(result.stdout), output: plain(`${result.stdout}${result.stderr}`) };
}

/**
 * The contract suite as CI runs it: the package's vitest suite, which starts the mock in-process and checks
 * every documented operation through the client. `--reporter=dot` keeps its JSON report untouched.
 */
export function measureContractSuite() {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    runs.push(timeCommand("pnpm", ["--filter", "@identitycall/contract-tests", "exec", "vitest", "run", "--reporter=dot"], root));
  }
  const last = runs.at(-1);
  const tests = /Tests\s+(.*)/.exec(last.output)?.[1]?.trim() ?? "(no vitest summary)";
  return { medianSeconds: median(runs.map((r) => r.seconds)), runs: runs.map((r) => r.seconds), passed: runs.every((r) => r.status === 0), tests };
}

/** Starts the built mock's CLI on a free port and resolves with its URL and a stop function. */
function startMock() {
  const child = spawn(process.execPath, [`${root}packages/mock/dist/cli.js`, "--port", "0"], { stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk) => {
      output += chunk;
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (url) resolve({ url, stop: () => new Promise((done) => (child.once("exit", done), child.kill("SIGTERM"))) });
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => reject(new Error(`identitycall-mock exited with ${code}:\n${output}`)));
  });
}

/**
 * The suite as users run it in their pipeline: `identitycall-contract` (through Prism's validating proxy)
 * against `identitycall-mock`, both from the workspace's builds; the mock's start-up is not counted.
 */
export async function measureContractCli() {
  const mock = await startMock();
  try {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      runs.push(
        timeCommand(process.execPath, [`${root}packages/contract-tests/dist/cli.js`, "--base-url", mock.url, "--api-key", "idc_0123456789abcdefghijklmnopqrstuv"], root),
      );
    }
    const verdict = runs.at(-1).stdout.trim().split("\n").at(-1);
    return { medianSeconds: median(runs.map((r) => r.seconds)), runs: runs.map((r) => r.seconds), passed: runs.every((r) => r.status === 0), tests: verdict };
  } finally {
    await mock.stop();
  }
}

/**
 * A fully cached `pnpm build`: one run to fill the cache, then timed runs. Only runs that turbo served
 * entirely from its cache (FULL TURBO) count; a run that rebuilt something (a file changed meanwhile) is
 * listed but left out of the median.
 */
export function measureCachedBuild() {
  const warm = timeCommand("pnpm", ["build"], root);
  if (warm.status !== 0) throw new Error(`pnpm build failed:\n${warm.output}`);
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(timeCommand("pnpm", ["build"], root));
  const full = runs.filter((r) => r.output.includes("FULL TURBO"));
  const cached = /Cached:\s+(\d+) cached, (\d+) total/.exec((full.at(-1) ?? runs.at(-1)).output);
  return {
    medianSeconds: median((full.length ? full : runs).map((r) => r.seconds)),
    runs: runs.map((r) => r.seconds),
    fullTurboRuns: full.length,
    cachedTasks: cached ? `${cached[1]} of ${cached[2]}` : "unknown",
  };
}

if (isMain(import.meta.url)) {
  const contract = measureContractSuite();
  console.log(`Contract suite against the mock: ${contract.medianSeconds.toFixed(2)} s median (${contract.runs.map((s) => s.toFixed(2)).join(", ")}), ${contract.passed ? "passed" : "FAILED"}: ${contract.tests}`);
  const cli = await measureContractCli();
  console.log(`identitycall-contract against identitycall-mock: ${cli.medianSeconds.toFixed(2)} s median (${cli.runs.map((s) => s.toFixed(2)).join(", ")}), ${cli.passed ? "passed" : "FAILED"}: ${cli.tests}`);
  const build = measureCachedBuild();
  console.log(`Fully cached pnpm build: ${build.medianSeconds.toFixed(2)} s median (${build.runs.map((s) => s.toFixed(2)).join(", ")}), cache hits ${build.cachedTasks}, ${build.fullTurboRuns} of ${build.runs.length} runs FULL TURBO`);
}
