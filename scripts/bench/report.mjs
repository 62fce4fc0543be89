// Writes BENCHMARKS.md from the measured figures: targets first, then each benchmark with its method.
import { percentOver } from "./stats.mjs";

const OURS = "@identitycall/client";
const us = (n) => `${n.toFixed(1)} µs`;
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} kB`;
const row = (cells) => `| ${cells.join(" | ")} |`;
const mark = (met) => (met ? "✅ met" : "❌ missed");

export function evaluateTargets({ requests, overhead, bundles }) {
  const req = Object.fromEntries(requests.rows.map((r) => [r.name, r]));
  const ops = Object.fromEntries(overhead.rows.map((r) => [r.name, r]));
  const size = Object.fromEntries(bundles.rows.map((r) => [r.name, r]));
  return [
    {
      target: "per request, at most 5 % over bare `fetch` on loopback",
      measured: `${percentOver(req[OURS].ratio)} (${us(req[OURS].medianUs)} vs ${us(req["bare fetch"].medianUs)})`,
      met: req[OURS].ratio <= 1.05,
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
  ];
}

export function formatReport({ machine, requests, overhead, bundles, contract, contractCli, build }) {
  const targets = evaluateTargets({ requests, overhead, bundles });
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
    `Method: one local \`node:http\` server answers \`GET /virtual_numbers\` with the spec's documented example`,
    `(${requests.bodyBytes} bytes of JSON), keep-alive on. Each client sends the same authenticated request and parses`,
    `the JSON body. After a warm-up, the clients take turns in ${requests.rounds} rounds of sequential requests, in a`,
    "shuffled order per round; every request is timed on its own. Figures are medians (and 90th percentiles) of",
    `${requests.requests} timed requests per client. \`${OURS}\` runs with its defaults (timeout, retries on).`,
    "",
    row(["client", "median", "p90", "vs bare fetch"]),
    row(["---", "---:", "---:", "---:"]),
    ...requests.rows.map((r) => row([r.name, us(r.medianUs), us(r.p90Us), percentOver(r.ratio)])),
    "",
    "## Client overhead with a stubbed fetch",
    "",
    "Method: `fetch` is replaced by a function that returns a ready-made 200 JSON `Response`, so no network",
    "and no server are involved: what is measured is each client's own work per call (building the request,",
    `its policies, reading and parsing the body). Batches of 5 000 calls, taken in turns; median of the batches.`,
    "",
    row(["client", "ops/s", "vs raw openapi-fetch"]),
    row(["---", "---:", "---:"]),
    ...overhead.rows.map((r) => row([r.name, String(Math.round(r.opsPerSecond)), `${(r.ratio * 100).toFixed(1)} %`])),
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
    "## Reading the numbers",
    "",
    "- Loopback is the harshest setting for a client's overhead: the whole round trip takes a few hundred",
    "  microseconds, so every microsecond of client work shows. Against the real API (tens of milliseconds per",
    "  request) the same absolute cost is a fraction of a percent.",
    `- In this run raw openapi-fetch, which the client is built on, is itself ${percentOver(rawRatio)} over bare \`fetch\``,
    "  on loopback; whatever the client adds comes on top of that.",
    `- What \`${OURS}\` does on top of openapi-fetch for every request: it checks the URL (the key never goes out`,
    "  over plain http), arms a per-attempt timeout signal tied to the caller's signal, reads the whole body",
    "  under that timeout and rebuilds the `Response` from it (so a stalled body times out too, and a retry can",
    "  happen before the caller sees anything), removes the key from anything that could reach an `observe` hook or",
    "  an error, and parses error bodies into typed errors. Each of these costs allocations per request; the",
    "  stubbed-fetch figures above isolate that cost.",
    "- axios on Node uses its `http` adapter, not `fetch`, so its per-request figure includes a different",
    "  transport as well as its interceptor chain.",
    "",
  ];
  return lines.join("\n");
}
