// Runs each client's measurement in a Node process of its own, in rounds, each round in a shuffled order. In one
// process the clients would share V8's compiled code (openapi-fetch's and undici's functions see every client's
// call shapes), which skewed their figures by up to a fifth from one run to the next; an application uses one
// client, as each process here does. Figures are compared within a round, so load that comes and goes on a shared
// machine falls on all clients of that round alike.
import { spawnSync } from "node:child_process";
import { median, shuffle } from "./stats.mjs";

/** Eleven: on a shared two-core machine one round's ratio moves by up to a tenth; the median of eleven moves far less. */
export const ROUNDS = 11;

/**
 * Runs `node <script> --worker <name>` for every name, `rounds` times; each worker prints one JSON object of
 * figures. Returns, per name, the list of what its workers printed, in round order.
 */
export function runIsolated(script, names, rounds) {
  const results = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const name of shuffle([...names], round + 1)) {
      const run = spawnSync(process.execPath, [script, "--worker", name], { encoding: "utf8", cwd: new URL(".", import.meta.url) });
      if (run.status !== 0) throw new Error(`${name}: the benchmark worker failed (exit ${run.status}):\n${run.stderr}`);
      results[name].push(JSON.parse(run.stdout));
    }
  }
  return results;
}

/** The median over rounds of `figure(of name) / figure(of baseline)`, each ratio taken within one round. */
export function medianRatio(results, name, baseline, figure) {
  return median(results[name].map((figures, round) => figure(figures) / figure(results[baseline][round])));
}

/** The worker's client name when this process was started as a worker, else undefined. */
export function workerName() {
  const at = process.argv.indexOf("--worker");
  return at === -1 ? undefined : process.argv[at + 1];
}
