// Writes BENCHMARKS.md from the measured figures: targets first, then each benchmark with its method.
import { percentOver } from "./stats.mjs";

const OURS = "@identitycall/client";
const us = (n) => `${n.toFixed(1)} µs`;
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} kB`;
const row = (cells) => `| ${cells.join(" | ")} |`;
const mark = (met) => (met ? "✅ met" : "❌ missed");

/** The least wall time `cpuSeconds` of work can take on `cores` cores, said next to a measured time. */
const cpuFloor = (cpuSeconds, cores) =>
  cpuSeconds === undefined ? "" : ` (needs ${cpuSeconds.toFixed(1)} s of CPU: no less than ${(cpuSeconds / cores).toFixed(1)} s on ${cores} cores)`;

export function evaluateTargets({ requests, overhead, bundles, contract, warmTest, suiteCpu }) {
  const contractCpu = suiteCpu.suites.find((suite) => suite.dir === "packages/contract-tests")?.cpuSeconds;
  const req = Object.fromEntries(requests.rows.map((r) => [r.name, r]));
  const ops = Object.fromEntries(overhead.rows.map((r) => [r.name, r]));
  const size = Object.fromEntries(bundles.rows.map((r) => [r.name, r]));
  return [
    {
      target: "per request, at most 5 % over raw openapi-fetch on loopback",
      measured: `${percentOver(req[OURS].ratioToOpenapiFetch)} (${us(req[OURS].medianUs)} vs ${us(req["openapi-fetch"].medianUs)})`,
      met: req[OURS].ratioToOpenapiFetch <= 1.05,
    },
    {
      target: "at least 90 % of raw openapi-fetch's ops/s (stubbed fetch)",
      measured: `${(ops[OURS].ratio * 100).toFixed(1)} % (${Math.round(ops[OURS].opsPerSecond)} vs ${Math.round(ops["openapi-fetch"].opsPerSecond)} ops/s)`,
      met: ops[OURS].ratio >= 0.9,
    },
    {
      target: "faster than axios per request",
      measured: `${us(req[OURS].medianUs)} vs ${us(req.axios.medianUs)} (${(req.axios.medianUs / req[OURS].medianUs).toFixed(2)}× axios's time)`,
      met: req[OURS].medianUs < req.axios.medianUs,
    },
    {
      target: "smaller than axios (min+gzip)",
      measured: `${kb(size[OURS].gzip)} vs ${kb(size.axios.gzip)} (${(size.axios.gzip / size[OURS].gzip).toFixed(1)}× smaller)`,
      met: size[OURS].gzip < size.axios.gzip,
    },
    {
      target: "`pnpm test` with a warm cache at most 90 s",
      measured: `${warmTest.medianSeconds.toFixed(1)} s${cpuFloor(suiteCpu.totalCpuSeconds, suiteCpu.cores)}`,
      met: warmTest.medianSeconds <= 90,
    },
    {
      target: "contract suite at most 20 s",
      measured: `${contract.medianSeconds.toFixed(1)} s${cpuFloor(contractCpu, suiteCpu.cores)}`,
      met: contract.medianSeconds <= 20,
    },
  ];
}

export function formatReport({ machine, requests, overhead, uploads, bundles, contract, contractCli, build, warmTest, freshClone, suiteCpu }) {
  const targets = evaluateTargets({ requests, overhead, bundles, contract, warmTest, suiteCpu });
  const rawRatio = requests.rows.find((r) => r.name === "openapi-fetch").ratio;
  const lines = [
    "# Benchmarks",
    "",
    "Measured figures, regenerated as a whole by `pnpm bench` (it builds first, then runs `scripts/bench/run-all.mjs`",
    "and rewrites this file). Benchmarks are scripts that print figures, never tests: a missed target shows here, it",
    "does not fail CI. Numbers from a loaded machine are noisy; compare ratios measured in the same run, not",
    "absolute times across runs.",
    "",
    "## Targets",
    "",
    row(["target", "measured", ""]),
    row(["---", "---", "---"]),
    ...targets.map((t) => row([t.target, t.measured, mark(t.met)])),
    "",
    "## Machine",
    "",
    row(["", ""]),
    row(["---", "---"]),
    row(["date", machine.date]),
    row(["CPU", machine.cpu]),
    row(["memory", machine.memory]),
    row(["OS", machine.os]),
    row(["Node.js", machine.node]),
    row(["pnpm", machine.pnpm]),
    row(["load average at start (1, 5, 15 min)", machine.loadAverage]),
    row(["commit", `${machine.commit}${machine.dirty ? " (with uncommitted changes)" : ""}`]),
    ...Object.entries(machine.versions).map(([name, version]) => row([name, version])),
    "",
    "## Per-request time over loopback",
    "",
    `Method: each client runs in a Node process of its own, with its own local \`node:http\` server answering`,
    `\`GET /virtual_numbers\` with the spec's documented example (${requests.bodyBytes} bytes of JSON), keep-alive on.`,
    "Every client sends the same request (the key and the two headers that name `@identitycall/client`) and parses",
    `the JSON body. After a warm-up, each process times ${requests.requests} sequential requests one by one and reports`,
    `their median and 90th percentile. The processes run in ${requests.rounds} rounds, the clients in a shuffled order`,
    "per round; the figures below are medians over the rounds, and each ratio is the median of the ratios taken",
    "within a round (so load that comes and goes falls on all clients of a round alike). One process per client,",
    "because in a shared process the clients share V8's compiled code for openapi-fetch and fetch, which moved",
    `their figures by up to a fifth from run to run. \`${OURS}\` runs with its defaults (timeout, retries on).`,
    "",
    row(["client", "median", "p90", "vs bare fetch", "vs openapi-fetch"]),
    row(["---", "---:", "---:", "---:", "---:"]),
    ...requests.rows.map((r) => row([r.name, us(r.medianUs), us(r.p90Us), percentOver(r.ratio), percentOver(r.ratioToOpenapiFetch)])),
    "",
    "## Client overhead with a stubbed fetch",
    "",
    "Method: `fetch` is replaced by a function that returns a ready-made 200 JSON `Response`, so no network",
    "and no server are involved: what is measured is each client's own work per call (building the request,",
    `its policies, reading and parsing the body). Each client runs in a process of its own, ${overhead.rounds} rounds`,
    `in a shuffled order; a process reports the median ops/s of batches of calls (${overhead.ops} in all). Figures are`,
    "medians over the rounds; the ratio is the median of the ratios within a round.",
    "",
    row(["client", "ops/s", "vs raw openapi-fetch"]),
    row(["---", "---:", "---:"]),
    ...overhead.rows.map((r) => row([r.name, String(Math.round(r.opsPerSecond)), `${(r.ratio * 100).toFixed(1)} %`])),
    "",
    "## Uploads",
    "",
    "Method: `uploadRecording` sends the audio to a local server that only counts the bytes, each upload in a",
    "process of its own (`packages/client/scripts/upload-memory.mjs`). RSS growth is the peak during the upload over",
    "the figure just before it (a Blob's own bytes are in the baseline). \"cut once\" means the server drops the",
    "first attempt's connection after a megabyte; the upload carries `external_id`, so it is sent again whole.",
    "",
    row(["input", "size", "cut once", "attempts", "RSS growth", "time"]),
    row(["---", "---:", "---", "---:", "---:", "---:"]),
    ...uploads.rows.map((r) => row([r.kind, `${r.mb} MB`, r.dropFirst ? "yes" : "no", String(r.attempts), `${r.rssGrowthMb} MB`, `${r.seconds.toFixed(2)} s`])),
    "",
    "## Bundle size",
    "",
    "Method: an entry that imports the client's factory and keeps it alive, bundled by esbuild as an app's",
    "bundler would (ESM, browser platform, tree-shaking, minified); then gzip (level 9) and brotli.",
    `\`${OURS}\` includes openapi-fetch, which it is built on.`,
    "",
    row(["client", "minified", "min+gzip", "min+brotli"]),
    row(["---", "---:", "---:", "---:"]),
    ...bundles.rows.map((r) => row([r.name, kb(r.minified), kb(r.gzip), kb(r.brotli)])),
    "",
    "## Wall times",
    "",
    "Method: each command run 3 times in a row; the median counts. The contract suite is",
    "`pnpm --filter @identitycall/contract-tests exec vitest run` (the mock started in-process, every documented",
    "operation checked through the client). The pipeline run is `identitycall-contract --base-url <mock>` against",
    "`identitycall-mock` started once beforehand, as a user's CI would run it (Prism's validating proxy in between).",
    "The cached build is `pnpm build` after a first run filled turbo's",
    "cache, with no file changed in between.",
    "",
    row(["command", "median", "runs", "result"]),
    row(["---", "---:", "---", "---"]),
    row([
      "contract suite against the mock",
      `${contract.medianSeconds.toFixed(2)} s`,
      contract.runs.map((s) => `${s.toFixed(2)} s`).join(", "),
      `${contract.passed ? "passed" : "failed"}: ${contract.tests}`,
    ]),
    row([
      "`identitycall-contract` against `identitycall-mock`",
      `${contractCli.medianSeconds.toFixed(2)} s`,
      contractCli.runs.map((s) => `${s.toFixed(2)} s`).join(", "),
      `${contractCli.passed ? "passed" : "failed"}: ${contractCli.tests.replace(/^identitycall-contract: /, "")}`,
    ]),
    row([
      "fully cached `pnpm build`",
      `${build.medianSeconds.toFixed(2)} s`,
      build.runs.map((s) => `${s.toFixed(2)} s`).join(", "),
      `${build.cachedTasks} tasks from cache; ${build.fullTurboRuns} of ${build.runs.length} runs FULL TURBO (only those count)`,
    ]),
    "",
    "## The test command",
    "",
    "Method: `pnpm test` (lint, then every package's test suite) run twice with builds and lint served by turbo's",
    "cache and every test task run (a fresh `IDENTITYCALL_BENCH_RUN` value makes each run a test-cache miss);",
    "the median counts. Then once on a fresh `git clone` of the commit with a warm pnpm store, as CI starts:",
    "`pnpm install --frozen-lockfile`, then `pnpm test` with nothing cached. Suites run in parallel, so their",
    "times overlap; the longest bounds the whole.",
    "",
    row(["command", "wall time", "result"]),
    row(["---", "---:", "---"]),
    row(["`pnpm test`, warm cache", `${warmTest.medianSeconds.toFixed(1)} s`, `${warmTest.passed ? "passed" : "failed"} (runs: ${warmTest.runs.map((s) => `${s.toFixed(1)} s`).join(", ")})`]),
    row(["fresh clone: `pnpm install --frozen-lockfile`", `${freshClone.installSeconds.toFixed(1)} s`, ""]),
    row(["fresh clone: `pnpm test`", `${freshClone.testSeconds.toFixed(1)} s`, freshClone.passed ? "passed" : "failed"]),
    "",
    row(["suite (warm-cache run)", "wall time", "tests"]),
    row(["---", "---:", "---:"]),
    ...[...warmTest.suites].sort((a, b) => b.seconds - a.seconds).map((s) => row([`\`${s.dir}\``, `${s.seconds.toFixed(1)} s`, String(s.tests)])),
    "",
    ...suiteCpuSection(suiteCpu),
    "## Reading the numbers",
    "",
    "- Loopback is the harshest setting for a client's overhead: the whole round trip takes a few hundred",
    "  microseconds, so every microsecond of client work shows. Against the real API (tens of milliseconds per",
    "  request) the same absolute cost is a fraction of a percent.",
    `- In this run raw openapi-fetch, which the client is built on, is itself ${percentOver(rawRatio)} over bare \`fetch\``,
    "  on loopback; whatever the client adds comes on top of that.",
    `- What \`${OURS}\` does on top of openapi-fetch for every request: it checks the URL (the key never goes out`,
    "  over plain http), links each attempt's deadline into its one timer (an AbortController only when the",
    "  fetch reads the signal, combined with the caller's only when there is one), reads the whole body before",
    "  that deadline and parses it",
    "  once (so a stalled body times out too, and a retry can happen before the caller sees anything). Only error",
    "  answers are rebuilt without the key and parsed into typed errors. What it saves: with the runtime's own",
    "  fetch no Request is built before fetch builds its own, and openapi-fetch does not parse the body again.",
    "  With a stubbed fetch the client builds the Request the stub expects, and races the stub's answer against",
    "  the timeout (a stub may ignore the signal): the stubbed figures show what that costs.",
    "- axios on Node uses its `http` adapter, not `fetch`, so its per-request figure includes a different",
    "  transport as well as its interceptor chain.",
    "",
  ];
  return lines.join("\n");
}

/** Each suite's CPU run alone, and what their sum means for the wall time of all of them on this machine. */
function suiteCpuSection({ cores, suites, totalCpuSeconds, floorSeconds }) {
  const cpu = (seconds) => (seconds === undefined ? "n/a" : `${seconds.toFixed(1)} s`);
  return [
    "## CPU per suite",
    "",
    "Method: each package's `pnpm test` run alone, one after another; CPU is the user and system time of every",
    "process the suite started, taken from Linux's accounting of waited-for child processes (n/a elsewhere; a",
    "process nobody waited for is missed, so the figures err low). Suites run side by side cannot all finish",
    "sooner than their summed CPU divided by the cores, nor sooner than the longest of them alone, whatever the",
    "order: below that bound only less work helps.",
    "",
    row(["suite (alone)", "CPU", "wall time", "result"]),
    row(["---", "---:", "---:", "---"]),
    ...[...suites]
      .sort((a, b) => (b.cpuSeconds ?? 0) - (a.cpuSeconds ?? 0))
      .map((s) => row([`\`${s.dir}\``, cpu(s.cpuSeconds), `${s.wallSeconds.toFixed(1)} s`, s.passed ? "passed" : "failed"])),
    row(["all suites", cpu(totalCpuSeconds), "", ""]),
    "",
    floorSeconds === undefined
      ? "Without CPU figures there is no bound to give."
      : `Together they cannot take less than ${floorSeconds.toFixed(1)} s on this machine's ${cores} cores.`,
    "",
  ];
}
