#!/usr/bin/env node
// Sums the vitest JSON reports of every workspace package into one line, `N passed, N failed`,
// which CI reads. A package that has a test script but wrote no report counts as one failure,
// so a suite that never ran cannot pass silently.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const packageDirs = ["spec", ...readdirSync(join(root, "packages")).map((name) => join("packages", name))];

let passed = 0;
let failed = 0;
let skipped = 0;
for (const dir of packageDirs) {
  const manifestPath = join(root, dir, "package.json");
  if (!existsSync(manifestPath)) continue;
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  if (!manifest.scripts?.test) continue;
  const reportPath = join(root, dir, "reports", "vitest.json");
  if (!existsSync(reportPath)) {
    console.error(`no test report from ${dir} (expected ${join(dir, "reports", "vitest.json")})`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(reportPath, "utf8"));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  // A test file that failed to load has no failed test in it, yet it failed: count it once.
  for (const file of report.testResults) {
    const anyTestFailed = file.assertionResults.some((test) => test.status === "failed");
    if (file.status === "failed" && !anyTestFailed) {
      console.error(`${dir}: ${file.name} failed to run: ${file.message}`);
      failed += 1;
    }
  }
}

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 ? 1 : 0);
