#!/usr/bin/env node
// How long each way of faking IdentityCall takes a test run, as a user would feel it: each of the three test
// files runs alone in a fresh `vitest run` process, a few rounds, taking turns so that a busy moment of the
// machine does not land on one way only. Prints min, median and max wall time per way, side by side. Figures,
// not a verdict: nothing here passes or fails on time (a run whose tests fail stops the script, since its time
// would mean nothing).
//
//   node scripts/wall-times.mjs [--runs N]     (from packages/integration-examples; default 5 runs per way)
//
// Each figure is the whole process: Node and vitest starting, the file's imports (MSW, the mock's engine), its
// beforeAll (for the mock server: starting Prism), the tests, and the exit.
import { spawn } from "node:child_process";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const vitest = fileURLToPath(new URL("../node_modules/vitest/vitest.mjs", import.meta.url));

const WAYS = [
  { name: "MSW handlers", file: "test/with-msw.test.ts" },
  { name: "mock server", file: "test/with-mock-server.test.ts" },
  { name: "stub fetch", file: "test/with-stub-fetch.test.ts" },
];

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} takes a whole number of at least 1, got ${process.argv[at + 1]}`);
  return value;
}
const runs = option("--runs", 5);

/** Only the shared scenario's tests (callArchiveScenario), so that every way runs the same ones. */
const SCENARIO = "the call archive against";

/**
 * One `vitest run <file>` of the scenario's tests: its wall time in ms and how many tests passed. The file's
 * other tests are skipped (its setup still runs). The dot reporter writes no JSON report, so CI's is left alone.
 */
function runOnce(file) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [vitest, "run", file, "--reporter=dot", "--testNamePattern", SCENARIO], {
      cwd: packageDir,
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const ms = performance.now() - started;
      if (code !== 0) return reject(new Error(`vitest run ${file} exited with ${code}:\n${output}`));
      const passed = Number(/Tests\s+(\d+) passed/.exec(output)?.[1] ?? NaN);
      resolve({ ms, passed });
    });
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

const times = new Map(WAYS.map((way) => [way.name, []]));
const tests = new Map();
console.log(`Node ${process.version}, ${cpus().length} CPU(s) (${cpus()[0]?.model.trim() ?? "unknown"}); ${runs} run(s) per way\n`);
for (let round = 0; round < runs; round++) {
  // Taking turns: round 0 runs MSW first, round 1 the mock server first, and so on.
  for (let k = 0; k < WAYS.length; k++) {
    const way = WAYS[(round + k) % WAYS.length];
    const { ms, passed } = await runOnce(way.file);
    times.get(way.name).push(ms);
    tests.set(way.name, passed);
    process.stderr.write(`  round ${round + 1}/${runs}: ${way.name.padEnd(12)} ${seconds(ms)}\n`);
  }
}

const rows = [
  ["way", "file", "tests", "min", "median", "max"],
  ...WAYS.map((way) => {
    const values = times.get(way.name);
    return [way.name, way.file, String(tests.get(way.name)), seconds(Math.min(...values)), seconds(median(values)), seconds(Math.max(...values))];
  }),
];
const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
console.log("");
for (const [index, row] of rows.entries()) {
  console.log(row.map((cell, column) => (column >= 2 ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join("  "));
  if (index === 0) console.log(widths.map((width) => "-".repeat(width)).join("  "));
}
console.log(`\nWall time of a whole \`vitest run <file> -t "${SCENARIO}"\` process, startup included: the same scenario each way.`);
