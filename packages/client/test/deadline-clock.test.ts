import { afterEach, describe, expect, it, vi } from "vitest";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { DeadlineClock, type Deadline } from "../src/policy/deadline-clock.js";
import { KEY } from "./helpers.js";

/** A clock, and deadlines on it that note when they expired. */
function watchedClock() {
  const clock = new DeadlineClock();
  const expired: { name: string; at: number; when: number }[] = [];
  /** A deadline `inMs` from now, started on the clock. */
  const startIn = (inMs: number, name = String(inMs)): Deadline => {
    const at = performance.now() + inMs;
    const deadline: Deadline = { at, expire: () => expired.push({ name, at, when: performance.now() }) };
    clock.start(deadline);
    return deadline;
  };
  return { clock, expired, startIn, names: () => expired.map((e) => e.name) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("one timer for all of a client's attempts", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("expires each deadline at its own time, earliest first, whatever order they start in", async () => {
    const { expired, startIn, names } = watchedClock();
    for (const ms of [90, 30, 60]) startIn(ms);
    await sleep(200);
    expect(names()).toEqual(["30", "60", "90"]);
    // Not before its time, but for the few milliseconds by which Node's timers, which count from the event loop's
    // cached time, may fire ahead of performance.now() (one timer per attempt did the same).
    for (const { at, when } of expired) expect(when).toBeGreaterThan(at - 20);
  });

  it("arms again for a deadline earlier than the one it waits for", async () => {
    const { clock, startIn, names } = watchedClock();
    const long = startIn(600_000, "long");
    startIn(20, "short");
    await sleep(150);
    expect(names()).toEqual(["short"]);
    clock.stop(long);
  });

  it("never expires a deadline once stopped, and a second stop is harmless", async () => {
    const { clock, startIn, names } = watchedClock();
    const stopped = startIn(20, "stopped");
    startIn(40, "kept");
    clock.stop(stopped);
    clock.stop(stopped);
    await sleep(150);
    expect(names()).toEqual(["kept"]);
  });

  it("keeps a deadline that an expiry starts at once (an abort listener sending a fallback request)", async () => {
    const { clock, expired, names } = watchedClock();
    const late: Deadline = { at: 0, expire: () => expired.push({ name: "late", at: late.at, when: performance.now() }) };
    clock.start({
      at: performance.now() + 20,
      expire: () => {
        expired.push({ name: "first", at: 0, when: performance.now() });
        Object.assign(late, { at: performance.now() + 40 });
        clock.start(late);
      },
    });
    await sleep(200);
    expect(names()).toEqual(["first", "late"]);
  });

  it("clears its timer when the last attempt ends where timers cannot be unref'd, as in browsers", () => {
    // Browser timers are numbers: nothing to unref, so none may be left armed.
    const cleared: unknown[] = [];
    vi.stubGlobal("setTimeout", () => 41);
    vi.stubGlobal("clearTimeout", (id: unknown) => cleared.push(id));
    const { clock, startIn } = watchedClock();
    const first = startIn(1_000);
    const second = startIn(2_000);
    clock.stop(first);
    expect(cleared).not.toContain(41);
    clock.stop(second);
    expect(cleared).toContain(41);
  });

  it("never keeps a Node process alive: a script exits once its last call is answered, long before timeoutMs", () => {
    // With a timer that held the process, this script would wait out the ten minutes of its timeoutMs.
    const dist = new URL("../dist/index.js", import.meta.url).href;
    const script = `
      const { createIdentityCallClient } = await import(${JSON.stringify(dist)});
      const client = createIdentityCallClient({ apiKey: ${JSON.stringify(KEY)}, timeoutMs: 600000, fetch: async () => Response.json({ data: [] }) });
      const { data } = await client.GET("/virtual_numbers");
      console.log(JSON.stringify(data));`;
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
      cwd: fileURLToPath(new URL("..", import.meta.url)),
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.stderr).toBe("");
    expect(run.signal).toBeNull();
    expect(run.stdout.trim()).toBe('{"data":[]}');
  }, 90_000);
});
