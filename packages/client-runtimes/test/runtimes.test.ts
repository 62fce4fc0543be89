import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { startMockServer, type MockServer } from "@identitycall/mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "@identitycall/test-browser";
import { startPageServer } from "./smoke/page-server.js";

const run = promisify(execFile);
const runtimes = fileURLToPath(new URL("../node_modules/", import.meta.url));
const script = fileURLToPath(new URL("./smoke/run.mjs", import.meta.url));

/** Each runtime from the npm registry (this package's devDependencies), with the arguments that run the smoke script. */
const RUNTIMES: [string, string, string[]][] = [
  ["Node 20 (this process's)", process.execPath, [script]],
  ["Node 22", `${runtimes}node22/bin/node`, [script]],
  ["Node 24", `${runtimes}node24/bin/node`, [script]],
  ["Bun", `${runtimes}bun-runtime/bin/bun.exe`, [script]],
  ["Deno", `${runtimes}deno-runtime/deno`, ["run", "--allow-net", "--allow-read", "--allow-env", script]],
];

/** What every runtime must report: numbers listed from the mock, the typed 401, and an accepted upload. */
const PASSED = {
  listed: expect.any(Number),
  thrown: "AuthenticationError 401",
  uploaded: expect.stringMatching(/^20[01] (pending|processing|completed|failed)$/),
};

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ port: 0 });
});
afterAll(() => mock.close());

describe("runtime smoke test against the mock (built ESM bundle)", () => {
  it.each(RUNTIMES)("passes on %s", async (_name, binary, args) => {
    const { stdout } = await run(binary, [...args, mock.url], { cwd: fileURLToPath(new URL("..", import.meta.url)), timeout: 60_000 });
    const result = JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as Record<string, unknown>;
    console.log(JSON.stringify(result));
    expect(result).toMatchObject(PASSED);
    expect(result.listed).toBeGreaterThan(0);
  }, 90_000);

  it("passes in headless Chromium", async () => {
    const pages = await startPageServer(mock.url);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${pages.url}/`);
      const handle = await page.waitForFunction(() => (window as { smokeResult?: unknown }).smokeResult, undefined, { timeout: 30_000 });
      const result = (await handle.jsonValue()) as Record<string, unknown>;
      console.log(JSON.stringify(result));
      expect(result).toMatchObject({ ...PASSED, runtime: expect.stringMatching(/Chrome\//) });
    } finally {
      await browser.close();
      await pages.close();
    }
  }, 90_000);
});
