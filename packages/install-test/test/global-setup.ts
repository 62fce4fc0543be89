// Packs the public packages, installs them with npm into a fresh project in a scratch dir outside the workspace,
// compiles the consumer there and starts the installed mock: once for the whole suite, which then checks the results.
import { mkdirSync, mkdtempSync } from "node:fs";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { assertBuilt } from "../src/built-files.js";
import { compileConsumers } from "../src/compile.js";
import { createConsumerProject } from "../src/consumer-project.js";
import { startInstalledMock, type MockProcess } from "../src/mock-process.js";
import { packPackages } from "../src/pack.js";
import { publicPackages } from "../src/public-packages.js";
import { removeInBackground } from "../src/remove-in-background.js";
import type { RunResult } from "../src/run.js";
import { scratchParent } from "../src/scratch-dir.js";

declare module "vitest" {
  export interface ProvidedContext {
    projectDir: string;
    packedNames: string[];
    mockUrl: string;
    npmInstall: RunResult;
    compile: RunResult;
  }
}

export default async function setup(project: TestProject) {
  const root = mkdtempSync(join(scratchParent(), "identitycall-install-test-"));
  const tarballDir = join(root, "tarballs");
  const projectDir = join(root, "consumer");
  mkdirSync(tarballDir);
  mkdirSync(projectDir);
  // How long each step took, printed once: the figure to watch when this suite gets slow.
  const timings: string[] = [];
  const timed = async <T>(label: string, step: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    const result = await step();
    timings.push(`${label} ${((performance.now() - start) / 1000).toFixed(1)} s`);
    return result;
  };
  let mock: MockProcess | undefined;
  try {
    const packages = publicPackages();
    assertBuilt(packages);
    const tarballs = await timed("pnpm pack", () => packPackages(packages, tarballDir));
    const npmInstall = await timed("npm install", () => createConsumerProject(projectDir, tarballs));
    // Both need only the installed packages, and neither waits on the other: tsc keeps one core busy
    // while the mock loads Prism on the other.
    const [compiled, started] = await Promise.allSettled([
      timed("tsc", () => compileConsumers(projectDir)),
      timed("mock start", () => startInstalledMock(projectDir)),
    ]);
    if (started.status === "fulfilled") mock = started.value;
    if (compiled.status === "rejected") throw compiled.reason;
    if (started.status === "rejected") throw started.reason;
    console.log(`install-test setup in ${root}: ${timings.join(", ")} (tsc and mock start side by side)`);
    project.provide("projectDir", projectDir);
    project.provide("packedNames", packages.map((pkg) => pkg.name));
    project.provide("mockUrl", started.value.url);
    project.provide("npmInstall", npmInstall);
    project.provide("compile", compiled.value);
    return async () => {
      await started.value.stop();
      removeInBackground(root);
    };
  } catch (error) {
    await mock?.stop();
    removeInBackground(root);
    throw error;
  }
}
