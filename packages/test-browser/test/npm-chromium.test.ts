// The path a machine without any browser takes: the Chromium shipped inside the npm package, unpacked into a
// fresh folder while another process asks for it too (as turbo runs browser suites side by side), then started.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { chromium } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { CHROMIUM_FLAGS, launchChromium, npmChromium, npmChromiumRuns } from "../src/index.js";

const execFileAsync = promisify(execFile);
const cacheDir = mkdtempSync(join(tmpdir(), "npm-chromium-test-"));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

// Exactly one of the two tests below applies to the machine running them; the other checks nothing, so that the
// suite reports no skipped test on any platform.
describe("the Chromium from the npm registry", () => {
  it("on Linux x64: unpacks once into a fresh folder while another process waits for it, and renders a page", async () => {
    if (!npmChromiumRuns) return;
    // A second process asking at the same time: it must wait for this one's unpacking, not start its own.
    const other = execFileAsync(process.execPath, [
      "--input-type=module",
      "-e",
      `import { npmChromium } from ${JSON.stringify(new URL("../src/npm-chromium.js", import.meta.url).href)};` +
        `console.log((await npmChromium({ cacheDir: ${JSON.stringify(cacheDir)} })).executablePath);`,
    ]);
    const [first, second] = await Promise.all([npmChromium({ cacheDir }), npmChromium({ cacheDir })]);
    expect((await other).stdout.trim()).toBe(first.executablePath);
    expect(readdirSync(join(first.executablePath, "..")).filter((name) => name.endsWith(".partial"))).toEqual([]);
    expect(second.executablePath).toBe(first.executablePath);
    expect(statSync(first.executablePath).mode & 0o111).not.toBe(0);
    expect(existsSync(join(first.executablePath, "..", "lib", "libnss3.so"))).toBe(true);
    expect(first.env.LD_LIBRARY_PATH?.split(":")[0]).toBe(join(first.executablePath, "..", "lib"));

    const browser = await chromium.launch({ executablePath: first.executablePath, args: CHROMIUM_FLAGS, env: { ...process.env, ...first.env } });
    try {
      const page = await browser.newPage();
      await page.setContent("<p id=greeting>hello</p>");
      expect(await page.locator("#greeting").innerText()).toBe("hello");
      expect(await page.evaluate(() => navigator.userAgent)).toMatch(/HeadlessChrome\//);
    } finally {
      await browser.close();
    }
  });

  it("elsewhere: says it runs on Linux x64 only and what to do instead", async () => {
    if (npmChromiumRuns) return;
    await expect(npmChromium({ cacheDir })).rejects.toThrow(/Linux x64 only.*CHROMIUM_PATH/);
  });
});

describe("launchChromium", () => {
  it("starts whichever browser findChromium picks, headless", async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      expect(await page.evaluate(() => 6 * 7)).toBe(42);
    } finally {
      await browser.close();
    }
  });
});
