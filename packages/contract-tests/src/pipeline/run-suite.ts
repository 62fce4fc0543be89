import { mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { run } from "node:test";
import { spec as SpecReporter } from "node:test/reporters";
import { fileURLToPath } from "node:url";
import { startValidatingProxy } from "../proxy/validating-proxy.js";
import { readRecords, type ExchangeRecord } from "./exchange-record.js";
import { unreachableReason } from "./reachability.js";
import { reportToGithub, tallyViolations } from "./run-report.js";
import { DEFAULT_REQUEST_TIMEOUT_MS, PIPELINE_ENV } from "./settings.js";
import { unreachableReport } from "./unreachable-report.js";
import { junitXml, type CheckResult } from "./junit-report.js";
import type { ViolationKind } from "./violation-kinds.js";

export interface PipelineRunOptions {
  baseUrl: string;
  apiKey: string;
  allowWrites: boolean;
  /** Where to write the JUnit XML report, if anywhere. */
  junitFile?: string;
  /** How long one request may take, in ms (default 20 000). */
  requestTimeoutMs?: number;
  /** The OpenAPI document to check against; defaults to the bundle shipped with `@identitycall/mock`. */
  specPath?: string;
}

export interface PipelineResult {
  passed: boolean;
  /** Checks that found a response breaking the spec. */
  failed: number;
  /** Checks that got no answer at all (a timeout or a connection error). */
  unanswered: number;
  /** Set when the API did not answer the first request: then nothing was checked. */
  unreachable?: string;
  /** Every answer judged, in order, with its violations. */
  exchanges: ExchangeRecord[];
  /** Violations by kind: the API broke the documented contract, or the spec did not foresee the answer. */
  violations: Record<ViolationKind, number>;
}

/** The suite, built into the package: node:test runs it in a process of its own. */
const SUITE_FILE = fileURLToPath(new URL("./suite/pipeline.contract.js", import.meta.url));

interface TestError {
  failureType?: string;
  message?: string;
  name?: string;
  cause?: unknown;
}

interface TestEvent {
  type: string;
  data: {
    name?: string;
    nesting?: number;
    skip?: boolean | string;
    details?: { type?: string; duration_ms?: number; error?: TestError };
  };
}

/** What made a check fail, in the words it was thrown with (the runner wraps it). */
function failureMessage(error: TestError): string {
  const cause = error.cause as { message?: string } | undefined;
  return cause?.message ?? error.message ?? "failed";
}

/** A check that failed because no answer came (the client's timeout or connection error, or the runner's timeout). */
function gotNoAnswer(error: TestError): boolean {
  const cause = (error.cause ?? {}) as { name?: string; message?: string };
  const text = `${error.failureType} ${error.name} ${error.message} ${cause.name} ${cause.message}`;
  return /cancelledByParent|TimeoutError|ConnectionError|No response from|Could not reach|timed out/i.test(text);
}

/** Turns the runner's events into check results, each with the group it ran in. */
function createResultCollector() {
  const groups: string[] = [];
  const results: CheckResult[] = [];
  return {
    results,
    onEvent({ type, data }: TestEvent) {
      const nesting = data.nesting ?? 0;
      if (type === "test:start") {
        groups[nesting] = data.name ?? "";
        groups.length = nesting + 1;
        return;
      }
      if ((type !== "test:pass" && type !== "test:fail") || data.details?.type === "suite") return;
      const error = data.details?.error;
      // A group reports its members' failures again; only the checks themselves count.
      if (error?.failureType === "subtestsFailed") return;
      const suite = nesting > 0 ? (groups[nesting - 1] ?? "identitycall-contract") : "identitycall-contract";
      const base = { suite, name: data.name ?? "", durationMs: data.details?.duration_ms ?? 0 };
      if (type === "test:fail" && error) {
        results.push({ ...base, outcome: "failed", message: failureMessage(error), ...(gotNoAnswer(error) ? { noAnswer: true } : {}) });
      } else if (data.skip !== undefined && data.skip !== false) {
        results.push({ ...base, outcome: "skipped", message: typeof data.skip === "string" ? data.skip : "" });
      } else if (type === "test:pass") {
        results.push({ ...base, outcome: "passed" });
      }
    },
  };
}

/**
 * Starts the validating proxy in front of the API, runs the pipeline suite through it with Node's own test
 * runner, and says whether all matched. The settings reach the suite's process as environment variables,
 * set for the run and put back after. The JUnit report is written under a temporary name and renamed at the end,
 * so a run cut short leaves no half-written or empty report behind. In GitHub Actions the run also leaves
 * annotations and a job summary.
 */
export async function runPipeline(options: PipelineRunOptions): Promise<PipelineResult> {
  // The suite judges answers itself (it needs the API's own body); Prism still refuses a request that breaks the spec.
  const proxy = await startValidatingProxy({
    upstream: options.baseUrl,
    validateResponse: false,
    ...(options.specPath ? { specPath: options.specPath } : {}),
  });
  const ledgerDir = mkdtempSync(join(tmpdir(), "identitycall-contract-"));
  const ledgerFile = join(ledgerDir, "exchanges.jsonl");
  const partialJunit = options.junitFile ? `${options.junitFile}.${process.pid}.partial` : undefined;
  const callersEnv = { ...process.env };
  try {
    const requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    const unreachable = await unreachableReason(proxy.url, options.apiKey, options.baseUrl, requestTimeoutMs);
    if (unreachable) {
      if (options.junitFile) writeFileSync(options.junitFile, unreachableReport(unreachable));
      return { passed: false, failed: 0, unanswered: 0, unreachable, exchanges: [], violations: tallyViolations([]) };
    }
    Object.assign(process.env, {
      [PIPELINE_ENV.proxyUrl]: proxy.url,
      [PIPELINE_ENV.upstreamUrl]: options.baseUrl,
      [PIPELINE_ENV.ledgerFile]: ledgerFile,
      [PIPELINE_ENV.allowWrites]: options.allowWrites ? "1" : "0",
      [PIPELINE_ENV.requestTimeoutMs]: String(requestTimeoutMs),
      IDENTITYCALL_API_KEY: options.apiKey,
      ...(options.specPath ? { [PIPELINE_ENV.specPath]: options.specPath } : {}),
    });

    // The console gets Node's own spec reporter; the JUnit report is ours (see junit-report.ts).
    const toConsole = new PassThrough({ objectMode: true });
    const consoleDone = (async () => {
      for await (const chunk of toConsole.compose(new SpecReporter())) process.stdout.write(chunk as string);
    })();
    const collector = createResultCollector();
    for await (const event of run({ files: [SUITE_FILE] }) as AsyncIterable<TestEvent>) {
      collector.onEvent(event);
      // Without a location the reporter prints no "test at …/dist/suite/…": a line of this package, not of the API.
      toConsole.write({ ...event, data: { ...event.data, file: undefined, line: undefined, column: undefined } });
    }
    toConsole.end();
    await consoleDone;
    const { results } = collector;
    if (partialJunit && options.junitFile) {
      writeFileSync(partialJunit, junitXml(results));
      renameSync(partialJunit, options.junitFile);
    }
    const failedChecks = results.filter((r) => r.outcome === "failed");
    const unanswered = failedChecks.filter((r) => r.noAnswer).length;
    const failed = failedChecks.length - unanswered;

    const exchanges = readRecords(ledgerFile);
    reportToGithub(exchanges, options.baseUrl);
    return {
      passed: failedChecks.length === 0 && results.some((r) => r.outcome === "passed"),
      failed,
      unanswered,
      exchanges,
      violations: tallyViolations(exchanges),
    };
  } finally {
    for (const name of Object.keys(process.env)) if (!(name in callersEnv)) delete process.env[name];
    Object.assign(process.env, callersEnv);
    if (partialJunit) rmSync(partialJunit, { force: true });
    rmSync(ledgerDir, { recursive: true, force: true });
    await proxy.close();
  }
}
