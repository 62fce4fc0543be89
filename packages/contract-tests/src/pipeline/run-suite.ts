import { renameSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { startVitest } from "vitest/node";
import { startValidatingProxy } from "../proxy/validating-proxy.js";
import { PIPELINE_ENV } from "./settings.js";
import { unreachableReason } from "./reachability.js";
import { DEFAULT_REQUEST_TIMEOUT_MS, pipelineSuiteConfig, pipelineViteConfig } from "./suite-config.js";
import { unreachableReport } from "./unreachable-report.js";

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

interface TaskLike {
  type: string;
  result?: { state?: string; errors?: { message?: string; name?: string }[] };
  tasks?: TaskLike[];
}

function allTests(task: TaskLike): TaskLike[] {
  return task.type === "test" ? [task] : (task.tasks ?? []).flatMap(allTests);
}

/** A check that failed because no answer came (the client's timeout or connection error, or vitest's timeout). */
const gotNoAnswer = (test: TaskLike) =>
  (test.result?.errors ?? []).some((error) => /TimeoutError|ConnectionError|No response from|Could not reach|timed out/i.test(`${error.name} ${error.message}`));

export interface PipelineResult {
  passed: boolean;
  /** Checks that found a response breaking the spec. */
  failed: number;
  /** Checks that got no answer at all (a timeout or a connection error). */
  unanswered: number;
  /** Set when the API did not answer the first request: then nothing was checked. */
  unreachable?: string;
}

const packageRoot = fileURLToPath(new URL("..", import.meta.url));

/**
 * Starts the validating proxy in front of the API, runs the pipeline suite through it, and says whether all matched.
 * The settings reach the suite through vitest's `env` option: the caller's own environment is left as it was.
 * The JUnit report is written under a temporary name and renamed at the end, so a run cut short leaves no
 * half-written or empty report behind.
 */
export async function runPipeline(options: PipelineRunOptions): Promise<PipelineResult> {
  const proxy = await startValidatingProxy({
    upstream: options.baseUrl,
    ...(options.specPath ? { specPath: options.specPath } : {}),
  });
  const partialJunit = options.junitFile ? `${options.junitFile}.${process.pid}.partial` : undefined;
  // vitest sets variables of its own (NODE_ENV, VITEST, MODE…) in the process that starts it: put them back after.
  const callersEnv = { ...process.env };
  try {
    const requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    const unreachable = await unreachableReason(proxy.url, options.apiKey, options.baseUrl, requestTimeoutMs);
    if (unreachable) {
      if (options.junitFile) writeFileSync(options.junitFile, unreachableReport(unreachable));
      return { passed: false, failed: 0, unanswered: 0, unreachable };
    }
    const env: Record<string, string> = {
      [PIPELINE_ENV.proxyUrl]: proxy.url,
      [PIPELINE_ENV.allowWrites]: options.allowWrites ? "1" : "0",
      ...(options.specPath ? { [PIPELINE_ENV.specPath]: options.specPath } : {}),
      [PIPELINE_ENV.requestTimeoutMs]: String(requestTimeoutMs),
      IDENTITYCALL_API_KEY: options.apiKey,
    };
    const reporters: (string | [string, Record<string, unknown>])[] = ["default"];
    if (partialJunit) reporters.push(["junit", { outputFile: partialJunit, suiteName: "identitycall-contract" }]);
    const vitest = await startVitest(
      "test",
      [],
      { ...pipelineSuiteConfig(requestTimeoutMs), env, root: packageRoot, config: false, watch: false, reporters },
      pipelineViteConfig(packageRoot),
    );
    const files = vitest.state.getFiles();
    const failedTests = files.flatMap((file) => allTests(file)).filter((test) => test.result?.state === "fail");
    const unanswered = failedTests.filter(gotNoAnswer).length;
    const broken = vitest.state.getUnhandledErrors().length + files.filter((f) => f.result?.state === "fail").length;
    await vitest.close();
    if (partialJunit && options.junitFile) renameSync(partialJunit, options.junitFile);
    return { passed: failedTests.length === 0 && broken === 0 && files.length > 0, failed: failedTests.length - unanswered, unanswered };
  } finally {
    for (const name of Object.keys(process.env)) if (!(name in callersEnv)) delete process.env[name];
    Object.assign(process.env, callersEnv);
    if (partialJunit) rmSync(partialJunit, { force: true });
    await proxy.close();
  }
}
