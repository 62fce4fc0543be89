// Packs the public packages, installs them with npm into a fresh project under the OS temp dir, compiles the
// consumer there and starts the installed mock: once for the whole suite, which then checks the results.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { assertBuilt } from "../src/built-files.js";
import { createConsumerProject } from "../src/consumer-project.js";
import { startInstalledMock } from "../src/mock-process.js";
import { packPackages } from "../src/pack.js";
import { publicPackages } from "../src/public-packages.js";
import { run, type RunResult } from "../src/run.js";

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
  const root = mkdtempSync(join(tmpdir(), "identitycall-install-test-"));
  const tarballDir = join(root, "tarballs");
  const projectDir = join(root, "consumer");
  mkdirSync(tarballDir);
  mkdirSync(projectDir);
  const cleanUp = () => rmSync(root, { recursive: true, force: true });
  // How long each step took, printed once: the figure to watch when this suite gets slow.
  const timings: string[] = [];
  const timed = async <T>(label: string, step: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    const result = await step();
    timings.push(`${label} ${((performance.now() - start) / 1000).toFixed(1)} s`);
    return result;
  };
  try {
    const packages = publicPackages();
    assertBuilt(packages);
    const tarballs = await timed("pnpm pack", () => packPackages(packages, tarballDir));
    const npmInstall = await timed("npm install", () => createConsumerProject(projectDir, tarballs));
    const tsc = join(projectDir, "node_modules", ".bin", "tsc");
    // One tsc run for the consumers and the deliberate mistakes: type-checking the client's types is the slow part.
    const compile = await timed("tsc", () => run(tsc, ["-p", "tsconfig.json"], { cwd: projectDir }));
    const mock = await timed("mock start", () => startInstalledMock(projectDir));
    console.log(`install-test setup in ${root}: ${timings.join(", ")}`);
    project.provide("projectDir", projectDir);
    project.provide("packedNames", packages.map((pkg) => pkg.name));
    project.provide("mockUrl", mock.url);
    project.provide("npmInstall", npmInstall);
    project.provide("compile", compile);
    return async () => {
      await mock.stop();
      cleanUp();
    };
  } catch (error) {
    cleanUp();
    throw error;
  }
}
