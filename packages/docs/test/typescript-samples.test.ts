// Every committed TypeScript sample, compiled and run with Node against the mock API: each must finish
// without an error, having printed what it got. The one change made to run it is the client's base URL.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import ts from "typescript";
import { afterAll, beforeAll, describe, it } from "vitest";
import { mockUrlOnceUp } from "./mock-url.js";
import { startSampleRunner, type SampleRunner } from "./run-typescript-sample.js";
import { SAMPLE_API_KEY, sampleWorkdir } from "./sample-workdir.js";
import { operations } from "./spec.js";

// Inside the package, so that `@identitycall/client` resolves to the workspace's build.
const compiledDir = new URL("../tmp/run-samples/", import.meta.url).pathname;
const source = (operationId: string, extension: string) =>
  readFileSync(new URL(`../samples/${operationId}.${extension}`, import.meta.url), "utf8");

let runner: SampleRunner;

beforeAll(async () => {
  mkdirSync(compiledDir, { recursive: true });
  runner = startSampleRunner({
    // Upload samples read the same file names the cURL samples send.
    cwd: sampleWorkdir(operations.map((op) => source(op.operationId, "sh"))),
    env: { PATH: process.env.PATH, IDENTITYCALL_API_KEY: SAMPLE_API_KEY, MOCK_URL: await mockUrlOnceUp() },
  });
});
afterAll(async () => {
  await runner?.stop();
});

/** The sample as Node runs it: types stripped, and the client pointed at the mock instead of production. */
function compileForMock(operationId: string): string {
  const sample = source(operationId, "ts");
  const call = "createIdentityCallClient()";
  if (!sample.includes(call)) throw new Error(`${operationId}.ts does not create its client with ${call}`);
  // A mock session per sample: the mock keeps state, and the samples run side by side (a delete among them).
  const pointed = sample.replace(call, `createIdentityCallClient({ baseUrl: \`\${process.env.MOCK_URL}/__session/ts-${operationId}\` })`);
  const { outputText } = ts.transpileModule(pointed, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  const file = `${compiledDir}${operationId}.mjs`;
  writeFileSync(file, outputText);
  return file;
}

describe("TypeScript samples against the mock", () => {
  // Each sample has its own compiled file, worker thread and mock session, so they run side by side: while one
  // waits for its answer, another one loads.
  for (const operation of operations) {
    it.concurrent(`${operation.operationId}: ${operation.method} ${operation.path}`, async ({ expect }) => {
      const result = await runner.run(compileForMock(operation.operationId));
      expect(result.exitCode, `stderr: ${result.stderr}`).toBe(0);
      expect(result.stdout.trim().length, "the sample printed nothing").toBeGreaterThan(0);
    });
  }
});
