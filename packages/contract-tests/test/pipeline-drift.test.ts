import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readSuiteSpec } from "../src/spec/suite-spec.js";
import { runCli } from "./fixtures/run-cli.js";
import { driftRounds, seededDrifts } from "./fixtures/spec-drifts.js";
import { startFixtureUpstream, type Drift } from "./fixtures/upstream-server.js";

const spec = readSuiteSpec();
const reportDir = mkdtempSync(join(tmpdir(), "identitycall-contract-"));
const apiKey = "idc_Pipe1ineTestKey0123456789abcdef";
const upstreams: { close(): Promise<void> }[] = [];
afterAll(() => Promise.all(upstreams.map((u) => u.close())));

const unescapeXml = (text: string) =>
  text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[name] ?? "");

async function runAgainstFixture(name: string, drift?: Drift, extraArgs: string[] = []) {
  const upstream = await startFixtureUpstream(spec, drift);
  upstreams.push(upstream);
  const junitFile = join(reportDir, `${name.replace(/\W+/g, "-")}.xml`);
  const run = await runCli(["--base-url", upstream.url, "--junit", junitFile, ...extraArgs], { IDENTITYCALL_API_KEY: apiKey });
  if (!existsSync(junitFile)) throw new Error(`The CLI wrote no JUnit report (exit ${run.code}):\n${run.output}`);
  return { ...run, junit: readFileSync(junitFile, "utf8"), requests: upstream.requests };
}

// Every run is a CLI process of its own against an upstream of its own: the runs share nothing, so they all go
// through one concurrency limit (maxConcurrency) instead of the conforming two running alone first.
describe.concurrent("pipeline mode against a conforming fixture API", () => {
  it("passes, exits 0 and writes a JUnit report without the API key in it", async () => {
    const run = await runAgainstFixture("conforming");
    expect(run.output).toContain("every response matched the spec");
    expect(run.code, run.output).toBe(0);
    expect(run.junit).toMatch(/<testsuites[^>]* failures="0"/);
    expect(run.junit).toContain("listVirtualNumbers");
    expect(run.junit + run.output).not.toContain(apiKey);
    expect(new Set(run.requests.map((r) => r.method))).toEqual(new Set(["GET"]));
    console.log(`read-only run: ${run.requests.length} requests reached the API`);
  });

  it("with --allow-writes creates, changes and deletes only resources of its own, and passes", async () => {
    const run = await runAgainstFixture("conforming-writes", undefined, ["--allow-writes"]);
    expect(run.code, run.output).toBe(0);
    expect(run.junit).toMatch(/<testsuites[^>]* failures="0"/);
    // Every DELETE names an item under a collection this run POSTed to; nothing is ever bought.
    const created = new Set(run.requests.filter((r) => r.method === "POST").map((r) => r.path));
    const deletes = run.requests.filter((r) => r.method === "DELETE");
    expect(deletes.length).toBeGreaterThan(0);
    for (const { path } of deletes) expect(created.has(path.replace(/\/[^/]+$/, "")), path).toBe(true);
    expect(run.requests.some((r) => r.path.includes("purchase"))).toBe(false);
  });
});

/** The failure messages of every JUnit test case whose name mentions the operation. */
function failuresOf(junit: string, operationId: string): string {
  const cases = [...junit.matchAll(/<testcase [^>]*name="([^"]*)"[^>]*>([\s\S]*?)<\/testcase>/g)];
  return cases
    .filter(([, name]) => unescapeXml(name ?? "").includes(operationId))
    .flatMap(([, , inner]) => [...(inner ?? "").matchAll(/<failure message="([^"]*)"/g)].map((m) => unescapeXml(m[1] ?? "")))
    .join("\n");
}

// Drifts on operations that do not disturb each other share one CLI run; each is still judged on the test case of
// its own operation, which must fail naming exactly that drift.
const rounds = driftRounds(seededDrifts(spec)).map((round, index) => {
  let run: ReturnType<typeof runAgainstFixture> | undefined;
  return { ...round, run: () => (run ??= runAgainstFixture(`drift-round-${index + 1}`, round.drift)) };
});

describe.concurrent("pipeline mode catches each seeded drift from the spec", () => {
  for (const round of rounds) {
    for (const seeded of round.drifts) {
      it(`${seeded.name}: ${seeded.operationId} ${seeded.change}`, async () => {
        const run = await round.run();
        expect(run.code, run.output).toBe(1);
        const failures = failuresOf(run.junit, seeded.operationId);
        expect(failures, `no failure reported for ${seeded.operationId}`).toContain(seeded.operationId);
        expect(failures).toMatch(seeded.reported);
        const line = failures.split("\n").find((l) => seeded.reported.test(l));
        console.log(`${seeded.name} → ${line?.trim()}`);
      });
    }
  }
});
