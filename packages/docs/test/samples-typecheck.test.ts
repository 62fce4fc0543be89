// The TypeScript samples are compiled against the built @identitycall/client, next to a deliberately wrong
// sample that proves the check can fail: only the wrong one may produce errors. Multipart operations are also
// compiled in the FormData form the generator falls back to when the client has no upload helper for them.
import { execFile } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { planRequest, renderTypeScript } from "@identitycall/code-samples";
import { operations, spec } from "./spec.js";

const run = promisify(execFile);
const packageDir = new URL("../", import.meta.url).pathname;
const tmpDir = new URL("../tmp/typecheck/", import.meta.url).pathname;

describe("TypeScript samples", () => {
  // tsc keeps a core busy for 5 s or so, and shares the two with Chromium and the other files' sample runs.
  it("compile against the client, and a sample calling a path the API lacks does not", async () => {
    rmSync(tmpDir, { recursive: true, force: true });
    mkdirSync(tmpDir, { recursive: true });
    writeFileSync(
      `${tmpDir}wrong-path.ts`,
      'import { createIdentityCallClient } from "@identitycall/client";\n' +
        'await createIdentityCallClient().GET("/phone_numbers");\n',
    );
    for (const operation of operations) {
      const plan = planRequest(spec, operation);
      if (plan.body?.kind !== "multipart") continue;
      writeFileSync(`${tmpDir}formdata-${operation.operationId}.ts`, renderTypeScript(plan, { uploadHelpers: {} }));
    }
    writeFileSync(
      `${tmpDir}tsconfig.json`,
      JSON.stringify({ extends: "../../tsconfig.json", include: ["../../samples", "./*.ts"] }),
    );
    const result = await run("node_modules/.bin/tsc", ["--noEmit", "-p", `${tmpDir}tsconfig.json`], { cwd: packageDir }).then(
      () => ({ stdout: "" }),
      (error: { stdout: string }) => ({ stdout: error.stdout }),
    );
    const failing = new Set(result.stdout.split("\n").filter(Boolean).map((line) => line.split("(")[0]));
    expect([...failing], result.stdout).toEqual(["tmp/typecheck/wrong-path.ts"]);
    expect(readdirSync(new URL("../samples/", import.meta.url)).filter((name) => name.endsWith(".ts")).length).toBeGreaterThan(0);
  }, 90_000);
});
