// Every committed TypeScript sample, compiled and run with Node against the mock API: each must finish
// without an error, having printed what it got. The one change made to run it is the client's base URL.
import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { promisify } from "node:util";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer } from "@identitycall/mock";
import { SAMPLE_API_KEY, sampleWorkdir } from "./sample-workdir.js";
import { operations } from "./spec.js";

const run = promisify(execFile);
// Inside the package, so that `@identitycall/client` resolves to the workspace's build.
const compiledDir = new URL("../tmp/run-samples/", import.meta.url).pathname;
const source = (operationId: string, extension: string) =>
  readFileSync(new URL(`../samples/${operationId}.${extension}`, import.meta.url), "utf8");

let mock: Awaited<ReturnType<typeof startMockServer>>;
// Upload samples read the same file names the cURL samples send.
const cwd = sampleWorkdir(operations.map((op) => source(op.operationId, "sh")));

beforeAll(async () => {
  mock = await startMockServer({ port: 0 });
  mkdirSync(compiledDir, { recursive: true });
});
afterAll(async () => {
  await mock?.close();
});

/** The sample as Node runs it: types stripped, and the client pointed at the mock instead of production. */
function compileForMock(operationId: string): string {
  const sample = source(operationId, "ts");
  const call = "createIdentityCallClient()";
  if (!sample.includes(call)) throw new Error(`${operationId}.ts does not create its client with ${call}`);
  const pointed = sample.replace(call, "createIdentityCallClient({ baseUrl: process.env.MOCK_URL })");
  const { outputText } = ts.transpileModule(pointed, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  const file = `${compiledDir}${operationId}.mjs`;
  writeFileSync(file, outputText);
  return file;
}

describe("TypeScript samples against the mock", () => {
  for (const operation of operations) {
    it(`${operation.operationId}: ${operation.method.toUpperCase()} ${operation.path}`, async () => {
      const file = compileForMock(operation.operationId);
      const result = await run(process.execPath, [file], {
        cwd,
        env: { PATH: process.env.PATH, IDENTITYCALL_API_KEY: SAMPLE_API_KEY, MOCK_URL: mock.url },
      }).catch((error: { code: number; stdout: string; stderr: string }) => error);
      expect("code" in result ? result.code : 0, `stderr: ${result.stderr}`).toBe(0);
      expect(result.stdout.trim().length, "the sample printed nothing").toBeGreaterThan(0);
    });
  }
});
