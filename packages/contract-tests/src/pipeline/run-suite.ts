import { fileURLToPath } from "node:url";
import { startVitest } from "vitest/node";
import { startValidatingProxy } from "../proxy/validating-proxy.js";
import { PIPELINE_ENV } from "./settings.js";
import { PIPELINE_SUITE_CONFIG } from "./suite-config.js";

export interface PipelineRunOptions {
  baseUrl: string;
  apiKey: string;
  allowWrites: boolean;
  /** Where to write the JUnit XML report, if anywhere. */
  junitFile?: string;
  /** The OpenAPI document to check against; defaults to the bundle shipped with `@identitycall/mock`. */
  specPath?: string;
}

interface TaskLike {
  type: string;
  result?: { state?: string };
  tasks?: TaskLike[];
}

function allTests(task: TaskLike): TaskLike[] {
  return task.type === "test" ? [task] : (task.tasks ?? []).flatMap(allTests);
}

const packageRoot = fileURLToPath(new URL("..", import.meta.url));

/** Starts the validating proxy in front of the API, runs the pipeline suite through it, and says whether all matched. */
export async function runPipeline(options: PipelineRunOptions): Promise<{ passed: boolean; failed: number }> {
  const proxy = await startValidatingProxy({
    upstream: options.baseUrl,
    ...(options.specPath ? { specPath: options.specPath } : {}),
  });
  process.env[PIPELINE_ENV.proxyUrl] = proxy.url;
  process.env[PIPELINE_ENV.allowWrites] = options.allowWrites ? "1" : "0";
  if (options.specPath) process.env[PIPELINE_ENV.specPath] = options.specPath;
  process.env["IDENTITYCALL_API_KEY"] = options.apiKey;
  try {
    const reporters: (string | [string, Record<string, unknown>])[] = ["default"];
    if (options.junitFile) reporters.push(["junit", { outputFile: options.junitFile, suiteName: "identitycall-contract" }]);
    const vitest = await startVitest(
      "test",
      [],
      { ...PIPELINE_SUITE_CONFIG, root: packageRoot, config: false, watch: false, reporters },
      {},
    );
    const files = vitest.state.getFiles();
    const failed = files.flatMap((file) => allTests(file)).filter((test) => test.result?.state === "fail").length;
    const broken = vitest.state.getUnhandledErrors().length + files.filter((f) => f.result?.state === "fail").length;
    await vitest.close();
    return { passed: failed === 0 && broken === 0 && files.length > 0, failed };
  } finally {
    await proxy.close();
  }
}
