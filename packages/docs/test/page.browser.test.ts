// Opens the built page in headless Chromium from a local server, as a reader would, and checks what they rely
// on: the navigation lists every operation, search finds it, the samples show, and nothing is fetched from
// another host. Leaves a screenshot in reports/screenshot.png.
import { mkdirSync, readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "@identitycall/test-browser";
import { openFromDisk } from "./page-from-disk.js";
import { menuEntry, openOperation } from "./navigation.js";
import { chooseSample, operationBlock, shownSample } from "./sample-panel.js";
import { guideSections, operations } from "./spec.js";
import { serveBuiltPage } from "./static-server.js";

let browser: Browser;
let server: Awaited<ReturnType<typeof serveBuiltPage>>;
let page: Page;
let fromDisk: ReturnType<typeof openFromDisk>;
const requests: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  server = await serveBuiltPage();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.setDefaultTimeout(20_000); // generous: CI runs other suites on the same two cores
  page.on("request", (request) => requests.push(request.url()));
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(`uncaught: ${error.message}`));
  await page.goto(`${server.url}/`, { waitUntil: "load" });
  // The server-rendered HTML looks complete but ignores clicks until React hydrates it; the footer credit
  // image is only mounted by an effect after hydration, so it marks the page as live.
  await page.locator('img[alt="redocly logo"]').first().waitFor({ state: "attached" });
  // The tab opened from disk gets a renderer process of its own, so it comes alive while the served page is
  // clicked through rather than after it; its test only awaits what it recorded.
  fromDisk = openFromDisk(browser);
  fromDisk.catch(() => {}); // its test reports a failure; until then it must not count as an unhandled rejection
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const menuLabels = () => page.getByTestId("menu-item-label").allInnerTexts();

describe("the reference page in Chromium", () => {
  it("lists every operation's summary in the navigation", async () => {
    const seen = new Set(await menuLabels());
    for (const tag of new Set(operations.flatMap((op) => op.tags))) {
      await menuEntry(page, tag).first().click();
      for (const label of await menuLabels()) seen.add(label);
    }
    const navigation = [...seen].join("\n");
    const missing = operations.filter((op) => !navigation.includes(op.summary)).map((op) => op.summary);
    expect(missing).toEqual([]);
  });

  it("lists every section of the guide (the spec's info.description) in the navigation", async () => {
    expect(guideSections.length).toBeGreaterThan(0);
    const navigation = (await menuLabels()).join("\n");
    expect(guideSections.filter((heading) => !navigation.includes(heading))).toEqual([]);
  });

  it("finds the list operation when searching for 'virtual number'", async () => {
    await page.getByTestId("search-trigger").click();
    await page.keyboard.type("virtual number");
    const hit = page.getByTestId("search-dialog").getByText(/List\s+virtual numbers/).first();
    await hit.waitFor();
    await hit.click();
    await page.locator("h1, h2", { hasText: "List virtual numbers" }).first().waitFor();
    expect(page.url()).toMatch(/listvirtualnumbers/i);
  });

  it("shows the cURL and TypeScript sample of every operation", async () => {
    // The artifact shows the first operation that takes a body, with its cURL sample, for a person to look at;
    // it is taken on the way rather than by navigating back to that operation afterwards.
    const pictured = operations.find((op) => op.requestBody !== undefined) ?? operations[0]!;
    for (const operation of operations) {
      await openOperation(page, operation);
      const block = operationBlock(page, operation.operationId);
      for (const [label, extension] of [["cURL", "sh"], ["TypeScript", "ts"]] as const) {
        await chooseSample(page, block, label);
        // What the reader sees is exactly the committed sample, which the other suites run and type-check.
        const committed = readFileSync(new URL(`../samples/${operation.operationId}.${extension}`, import.meta.url), "utf8");
        await expect
          .poll(() => shownSample(block), { message: `${operation.operationId} ${label}`, timeout: 10_000 })
          .toEqual({ label, code: committed.trim() });
        if (operation === pictured && label === "cURL") {
          mkdirSync(new URL("../reports/", import.meta.url), { recursive: true });
          await page.screenshot({ path: new URL("../reports/screenshot.png", import.meta.url).pathname });
        }
      }
    }
  }, 120_000);

  it("sends no request to another host and logs no console error", () => {
    const local = new URL(server.url).host;
    const outside = requests.filter((url) => {
      if (url.startsWith("data:") || url.startsWith("blob:")) return false;
      return new URL(url).host !== local;
    });
    expect(outside).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it("works opened straight from disk, still without outside requests or console errors", async () => {
    const { requests: seen, errors } = await fromDisk;
    expect(seen.filter((url) => !/^(file|data|blob):/.test(url))).toEqual([]);
    expect(errors).toEqual([]);
  });
});
