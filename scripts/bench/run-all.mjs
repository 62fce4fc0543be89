#!/usr/bin/env node
// `pnpm bench`: runs every benchmark, prints the figures, and rewrites BENCHMARKS.md with them, the
// machine they were measured on, and how. Benchmarks are never tests: nothing here fails on a slow figure.
import { writeFileSync } from "node:fs";
import { measureBundleSizes } from "./bundle-size.mjs";
import { measureClientOverhead } from "./client-overhead.mjs";
import { describeMachine } from "./machine.mjs";
import { measureRequestOverhead } from "./request-overhead.mjs";
import { formatReport } from "./report.mjs";
import { measureSuiteCpu } from "./suite-cpu.mjs";
import { measureFreshClone, measureWarmTestCommand } from "./test-times.mjs";
import { measureUploads } from "./upload-memory.mjs";
import { measureCachedBuild, measureContractCli, measureContractSuite } from "./wall-times.mjs";

const step = (text) => console.error(`bench: ${text}…`);

const machine = describeMachine();
step("per-request time over loopback");
const requests = measureRequestOverhead();
step("client overhead with a stubbed fetch");
const overhead = measureClientOverhead();
step("uploads: memory and time by input kind and size");
const uploads = measureUploads();
step("bundle sizes");
const bundles = await measureBundleSizes();
step("contract suite wall time");
const contract = measureContractSuite();
step("identitycall-contract against identitycall-mock wall time");
const contractCli = await measureContractCli();
step("fully cached pnpm build wall time");
const build = measureCachedBuild();
step("pnpm test with a warm cache");
const warmTest = measureWarmTestCommand();
step("pnpm install and pnpm test on a fresh clone");
const freshClone = measureFreshClone();
step("CPU of each test suite run alone");
const suiteCpu = measureSuiteCpu();

const report = formatReport({ machine, requests, overhead, uploads, bundles, contract, contractCli, build, warmTest, freshClone, suiteCpu });
writeFileSync(new URL("../../BENCHMARKS.md", import.meta.url), report);
console.log(report);
