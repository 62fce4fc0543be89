// The file the CLI hands to Node's test runner: reads first, then writes (which run only with --allow-writes).
// One file, because the runner starts a Node process for each file it runs, and both parts share one context
// (see suiteContext): the spec's validators are compiled once, and ids the reads discovered serve the writes.
// The cost: should the writes' module fail to load, the run reports that failure and no reads either.
import "./read-operations.contract.js";
import "./write-operations.contract.js";
