import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readSuiteSpec } from "../src/spec/suite-spec.js";
import { runCli } from "./fixtures/run-cli.js";
import { driftRounds, seededDrifts } from "./fixtures/spec-drifts.js";
import { LIVE_LIKE } from "./fixtures/live-like.js";
import { startFixtureUpstream, type FixtureOptions } from "./fixtures/upstream-server.js";
import { sampleWav } from "../src/requests/sample-audio.js";
import type { ViolationKind } from "../src/pipeline/violation-kinds.js";

// The words each kind of drift must carry, written out here: taken from the reports' own table, a change of words
// there would pass unseen.
const TAG_IN_REPORT: Record<ViolationKind, string> = { "broke-contract": "[broke the contract]", unforeseen: "[not foreseen by the spec]" };
const ADVICE_IN_SUMMARY: Record<ViolationKind, string> = {
  "broke-contract": "the API broke the documented contract: fix the API",
  unforeseen: "the spec did not foresee this answer: widen the spec if the API is right",
};

const spec = readSuiteSpec();
const reportDir = mkdtempSync(join(tmpdir(), "identitycall-contract-"));
const apiKey = "idc_Pipe1ineTestKey0123456789abcdef";
const upstreams: { close(): Promise<void> }[] = [];
afterAll(() => Promise.all(upstreams.map((u) => u.close())));

const unescapeXml = (text: string) =>
  text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[name] ?? "");

/** Runs the CLI against a fixture API of its own, as GitHub Actions would: annotations on stdout, a job summary. */
async function runAgainstFixture(name: string, fixture: FixtureOptions = {}, extraArgs: string[] = []) {
  const upstream = await startFixtureUpstream(spec, fixture);
  upstreams.push(upstream);
  const file = join(reportDir, name.replace(/\W+/g, "-"));
  const junitFile = `${file}.xml`;
  const summaryFile = `${file}.summary.md`;
  const run = await runCli(["--base-url", upstream.url, "--junit", junitFile, ...extraArgs], {
    IDENTITYCALL_API_KEY: apiKey,
    GITHUB_ACTIONS: "true",
    GITHUB_STEP_SUMMARY: summaryFile,
  });
  if (!existsSync(junitFile)) throw new Error(`The CLI wrote no JUnit report (exit ${run.code}):\n${run.output}`);
  const summary = existsSync(summaryFile) ? readFileSync(summaryFile, "utf8") : "";
  return { ...run, junit: readFileSync(junitFile, "utf8"), summary, requests: upstream.requests };
}

const servedBodies = (requests: { answer?: { body: unknown } }[]) => JSON.stringify(requests.map((r) => r.answer?.body));

// Every run is a CLI process of its own against an upstream of its own: the runs share nothing, so they all go
// through one concurrency limit (maxConcurrency) instead of the conforming two running alone first.
describe.concurrent("pipeline mode against a fixture API that answers like the live one", () => {
  it("passes with fields the spec does not know, recordings still processing and unknown callers; no key in any report", async () => {
    const run = await runAgainstFixture("live-like", LIVE_LIKE);
    expect(run.output).toContain("every response matched the spec");
    expect(run.code, run.output).toBe(0);
    // The run met the states it claims to tolerate: without them this test would prove nothing.
    const served = servedBodies(run.requests);
    expect(served).toContain("added_since_the_spec");
    expect(served).toMatch(/"status":"(pending|processing|failed)"/);
    expect(served).toMatch(/"caller_name":null/);
    expect(run.junit).not.toContain("<failure");
    expect(run.junit).toContain("listVirtualNumbers");
    expect(run.junit + run.output + run.summary).not.toContain(apiKey);
    expect(new Set(run.requests.map((r) => r.method))).toEqual(new Set(["GET"]));
    // GitHub Actions: a summary row per judged answer, all matched, and no annotation.
    expect(run.output).not.toContain("::error");
    expect(run.summary).toContain("| listVirtualNumbers | `GET /virtual_numbers` | answers as documented | 200 | ✅ matched |");
    expect(run.summary).not.toContain("❌");
    console.log(`read-only run: ${run.requests.length} requests reached the API`);
  });

  it("with --allow-writes creates, changes and deletes only resources of its own, uploads real audio, and passes", async () => {
    const run = await runAgainstFixture("live-like-writes", LIVE_LIKE, ["--allow-writes"]);
    expect(run.code, run.output).toBe(0);
    expect(run.junit).not.toContain("<failure");
    // The upload reached the API byte for byte: it did not pass through Prism's proxy, which forwards files as text.
    const upload = run.requests.find((r) => r.method === "POST" && r.path === "/recordings");
    expect(upload, "no upload reached the API").toBeDefined();
    const wav = Buffer.from(sampleWav());
    const at = upload!.body.indexOf(wav.subarray(0, 12));
    expect(at, "the upload holds no RIFF/WAVE header").toBeGreaterThan(0);
    expect(upload!.body.subarray(at, at + wav.length).equals(wav), "the audio arrived altered").toBe(true);
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
  // A passing case closes itself (`<testcase …/>`); a failing one holds its <failure>, whose text is the whole message.
  const cases = [...junit.matchAll(/<testcase [^>]*name="([^"]*)"[^>]*?(?:\/>|>([\s\S]*?)<\/testcase>)/g)];
  return cases
    .filter(([, name]) => unescapeXml(name ?? "").includes(operationId))
    .flatMap(([, , inner]) => [...(inner ?? "").matchAll(/<failure [^>]*>([^<]*)<\/failure>/g)].map((m) => unescapeXml(m[1] ?? "")))
    .join("\n");
}

// Drifts on operations that do not disturb each other share one CLI run; each is still judged on the test case of
// its own operation, which must fail naming exactly that drift.
const rounds = driftRounds(seededDrifts(spec)).map((round, index) => {
  let run: ReturnType<typeof runAgainstFixture> | undefined;
  return { ...round, run: () => (run ??= runAgainstFixture(`drift-round-${index + 1}`, { drift: round.drift })) };
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
        expect(line).toContain(TAG_IN_REPORT[seeded.kind]);
        console.log(`${seeded.name} → ${line?.trim()}`);
      });
    }
  }

  it("in GitHub Actions, annotates each drifted operation and lists its violations in the job summary", async () => {
    const [first] = rounds;
    const run = await first!.run();
    for (const seeded of first!.drifts) {
      const annotation = run.output.split("\n").find((line) => line.startsWith(`::error title=${seeded.operationId}%3A `));
      expect(annotation, `no annotation for ${seeded.operationId}`).toMatch(seeded.reported);
      expect(run.summary).toContain(`**${seeded.operationId}**`);
      expect(run.summary).toContain(ADVICE_IN_SUMMARY[seeded.kind]);
    }
    expect(run.summary).toMatch(/\| ❌ \d+ violation\(s\) \|/);
    // Failures name the API's answer, not lines of this package.
    expect(run.output).not.toMatch(/dist\/suite|\n\s+at /);
    expect(run.output).toMatch(/identitycall-contract: \d+ violation\(s\): the API broke the documented contract: fix the API/);
  });
});
