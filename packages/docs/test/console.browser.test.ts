// The page's request console in Chromium, as a reader uses it: every operation sent to the mock from its "Try it"
// panel and its answer checked against the spec; a broken answer from a local server shown as mismatches; bad
// input refused before anything is sent; the key kept to the chosen servers; keyboard, phone width, dark mode.
import { mkdirSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "@identitycall/test-browser";
import { startDocsServer } from "../src/server.mjs";
import { mockUrlOnceUp, sessionUrl } from "./mock-url.js";
import { openOperation } from "./navigation.js";
import { operations } from "./spec.js";
import { PAGE_PATH } from "./static-server.js";

const API_KEY = "idc_ConsoleTestKey0123456789abcdef";
const WAV = Buffer.from("RIFF$\0\0\0WAVEfmt ", "latin1");

let browser: Browser;
let docs: Awaited<ReturnType<typeof startDocsServer>>;
let mockUrl: string;
let wrongServer: Server;
let wrongUrl: string;
let page: Page;
const consoleErrors: string[] = [];
const sent: Promise<{ url: string; authorization: string | undefined; all: string }>[] = [];

/** A server that answers with a list that breaks the spec (and 418 under /projects), and lets any page read it (CORS). */
function startWrongServer(): Promise<Server> {
  const server = createServer((req, res) => {
    const cors = { "access-control-allow-origin": "*", "access-control-allow-headers": "authorization, content-type, accept" };
    if (req.method === "OPTIONS") return void res.writeHead(204, cors).end();
    if (req.url?.startsWith("/projects")) return void res.writeHead(418, { ...cors, "content-type": "application/json" }).end('{"error":"teapot"}');
    res.writeHead(200, { ...cors, "content-type": "application/json" }).end(JSON.stringify({ data: [{ id: "seven", phone_number: "555" }] }));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

beforeAll(async () => {
  // A mock session of the console's own, reset before each operation it sends (a deletion would otherwise stay).
  mockUrl = sessionUrl(await mockUrlOnceUp(), "console");
  docs = await startDocsServer({ page: PAGE_PATH, port: 0, mockUrl });
  wrongServer = await startWrongServer();
  wrongUrl = `http://127.0.0.1:${(wrongServer.address() as AddressInfo).port}`;
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(20_000); // generous: other suites share the two cores
  page.on("request", (request) => {
    sent.push(
      request.allHeaders().then((headers) => ({
        url: request.url(),
        authorization: headers["authorization"],
        all: JSON.stringify(headers) + (request.postData() ?? ""),
      })),
    );
  });
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(`uncaught: ${error.message}`));
  await page.goto(docs.url, { waitUntil: "load" });
  await page.locator('img[alt="redocly logo"]').first().waitFor({ state: "attached" }); // React has hydrated
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await docs?.close();
  await new Promise((resolve) => wrongServer?.close(resolve));
});

const dialog = () => page.locator("dialog.ic-console");

// A failed test must not leave its modal panel over the page for the next one.
afterEach(async () => {
  await page?.evaluate(() => document.querySelector<HTMLDialogElement>("dialog.ic-console")?.close());
});

/** Opens the operation's panel from its "Try it" button. */
async function tryIt(operation: (typeof operations)[number]) {
  await openOperation(page, operation);
  await page.locator(`.ic-try[data-operation-id="${operation.operationId}"]`).click();
  await dialog().waitFor();
}

async function sendAndRead(): Promise<string> {
  await dialog().getByRole("button", { name: "Send" }).click();
  await dialog().locator(".ic-answer h3").waitFor();
  return dialog().locator(".ic-answer").innerText();
}

describe("the request console (Try it)", () => {
  it("sends every operation to the mock beside the page, shows the answer and says it matches the spec", async () => {
    const results: string[] = [];
    for (const operation of operations) {
      await fetch(`${mockUrl}/__mock/reset`, { method: "POST" });
      await tryIt(operation);
      await expect.poll(() => dialog().getByLabel("Send to").inputValue(), { message: "the mock beside the page is the default" }).toBe(mockUrl);
      const key = dialog().getByLabel("API key");
      if ((await key.inputValue()) === "") await key.fill(API_KEY); // the key stays in the page once typed
      for (const file of await dialog().locator('input[type="file"]').all()) {
        await file.setInputFiles({ name: "call.wav", mimeType: "audio/wav", buffer: WAV });
      }
      const answer = await sendAndRead();
      results.push(`${operation.operationId}: ${answer.split("\n")[0]} ${answer.includes("✓ Matches the spec") ? "matches" : answer}`);
      expect(answer, operation.operationId).toMatch(/^Answer: HTTP 2\d\d/);
      expect(answer, operation.operationId).toContain("✓ Matches the spec");
      if (operation.operationId === "listVirtualNumbers") {
        mkdirSync(new URL("../reports/", import.meta.url), { recursive: true });
        await page.screenshot({ path: new URL("../reports/console.png", import.meta.url).pathname });
      }
      // The same request as code: cURL to the chosen server, the key read from the environment.
      const curl = (await dialog().locator(".ic-copy pre").first().textContent()) ?? "";
      expect(curl).toMatch(new RegExp(`^curl${operation.method === "GET" ? "" : ` -X ${operation.method}`} "${mockUrl}/`));
      expect(curl).toContain('-H "Authorization: Bearer $IDENTITYCALL_API_KEY"');
      expect(curl).not.toContain(API_KEY);
      await page.keyboard.press("Escape");
      await dialog().waitFor({ state: "detached" });
    }
    console.log(results.join("\n"));
  }, 180_000);

  it("sends with Enter and moves the focus to the answer", async () => {
    await tryIt(operations.find((op) => op.operationId === "listProjects")!);
    await dialog().getByLabel("API key").press("Enter");
    await dialog().locator(".ic-answer h3").waitFor();
    expect(await page.evaluate(() => document.activeElement?.className)).toBe("ic-answer");
    await page.keyboard.press("Escape");
  });

  it("refuses a parameter that breaks its schema next to the field, and sends nothing", async () => {
    await tryIt(operations.find((op) => op.operationId === "getRecording")!);
    const before = sent.length;
    const id = dialog().getByLabel(/^id\b/);
    await id.fill("abc");
    await dialog().getByRole("button", { name: "Send" }).click();
    // Said next to the field, and tied to it for screen readers (aria-describedby names the message).
    const describedBy = ((await id.getAttribute("aria-describedby")) ?? "").split(" ");
    const problem = page.locator(`[id="${describedBy.find((name) => name.endsWith("-problem"))}"]`);
    await expect.poll(() => problem.innerText()).toMatch(/"abc" is not valid here: expected string, format uuid, or integer, ≥ 1\./);
    expect(await dialog().locator(".ic-actions .ic-problem").innerText()).toBe("Fix the marked fields: nothing was sent.");
    expect(await id.getAttribute("aria-invalid")).toBe("true");
    expect(await dialog().locator(".ic-answer").isHidden()).toBe(true);
    expect(sent.length, "a request went out").toBe(before);
    await page.keyboard.press("Escape");
  });

  it("shows an answer that breaks the spec as mismatches with their JSON paths", async () => {
    await tryIt(operations.find((op) => op.operationId === "listVirtualNumbers")!);
    await dialog().getByLabel("Send to").selectOption("custom");
    await dialog().getByLabel("Server URL").fill(wrongUrl);
    const answer = await sendAndRead();
    expect(answer).toContain("✗ Does not match the spec");
    expect(answer).toMatch(/\/data\/0\/id must be integer/);
    expect(answer).toMatch(/\/data\/0\/phone_number must match pattern/);
    await page.keyboard.press("Escape");
  });

  it("sends the key only to the chosen servers, never in a URL or localStorage; remembers it per tab only on request, and forgets it", async () => {
    const requests = await Promise.all(sent);
    const withKey = requests.filter((r) => r.all.includes(API_KEY) || r.url.includes(API_KEY));
    expect(withKey.length).toBeGreaterThan(operations.length);
    for (const request of withKey) {
      expect([new URL(mockUrl).origin, wrongUrl], request.url).toContain(new URL(request.url).origin);
      expect(request.url).not.toContain(API_KEY);
      expect(request.authorization).toBe(`Bearer ${API_KEY}`);
    }
    expect(page.url()).not.toContain(API_KEY);
    const storage = () => page.evaluate(() => ({ local: JSON.stringify({ ...localStorage }), session: JSON.stringify({ ...sessionStorage }) }));
    expect((await storage()).local).not.toContain(API_KEY);
    expect((await storage()).session).not.toContain(API_KEY);

    await tryIt(operations.find((op) => op.operationId === "listOperators")!);
    await dialog().getByLabel("Remember it for this tab (sessionStorage)").check();
    expect((await storage()).session).toContain(API_KEY);
    expect((await storage()).local).not.toContain(API_KEY);
    await dialog().getByRole("button", { name: "Forget key" }).click();
    expect(await dialog().getByLabel("API key").inputValue()).toBe("");
    expect((await storage()).session).not.toContain(API_KEY);
    await page.keyboard.press("Escape");
  });

  it("logged no console error on the way", () => {
    expect(consoleErrors).toEqual([]);
  });

  // From here on the browser itself logs failed loads (a 418, a refused connection) as console errors.
  it("says so when the status is not documented for the operation", async () => {
    await tryIt(operations.find((op) => op.operationId === "listProjects")!);
    await dialog().getByLabel("Send to").selectOption("custom");
    await dialog().getByLabel("Server URL").fill(wrongUrl);
    const answer = await sendAndRead();
    expect(answer).toMatch(/^Answer: HTTP 418/);
    expect(answer).toMatch(/HTTP 418 is not documented for this operation \(documented: 200, 401, 403, 429, 500\)/);
  });

  it("explains a server that answers but does not let pages read its answers (CORS), and offers the cURL", async () => {
    const noCors = createServer((req, res) => res.writeHead(200, { "content-type": "application/json" }).end("{}"));
    await new Promise<void>((resolve) => noCors.listen(0, "127.0.0.1", resolve));
    try {
      await tryIt(operations.find((op) => op.operationId === "listProjects")!);
      await dialog().getByLabel("Send to").selectOption("custom");
      await dialog().getByLabel("Server URL").fill(`http://127.0.0.1:${(noCors.address() as AddressInfo).port}`);
      const answer = await sendAndRead();
      expect(answer).toMatch(/answered, but the browser refused to let this page read the answer \(CORS\)/);
      expect(answer).toContain("Run the cURL below instead");
      expect(await dialog().locator(".ic-copy pre").first().textContent()).toContain("curl");
    } finally {
      await new Promise((resolve) => noCors.close(resolve));
    }
  });

  it("explains a server that does not answer", async () => {
    const closed = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    await tryIt(operations.find((op) => op.operationId === "listProjects")!);
    await dialog().getByLabel("Send to").selectOption("custom");
    await dialog().getByLabel("Server URL").fill(`http://127.0.0.1:${closed}`);
    const answer = await sendAndRead();
    expect(answer).toMatch(/^No answer/);
    expect(answer).toContain(`Nothing answered at http://127.0.0.1:${closed}`);
    await page.keyboard.press("Escape");
  });

  it("fits a phone's width and follows Redoc's dark mode", async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.addInitScript(() => localStorage.setItem("redoc.colorMode", "dark"));
    // Straight to an operation by its link, as a shared URL opens it.
    await phone.goto(`${docs.url}#/virtual-numbers/listvirtualnumbers`, { waitUntil: "load" });
    await phone.locator('img[alt="redocly logo"]').first().waitFor({ state: "attached" });
    await phone.locator('.ic-try[data-operation-id="listVirtualNumbers"]').click();
    const panel = phone.locator("dialog.ic-console");
    await panel.waitFor();
    const box = (await panel.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await panel.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe("rgb(22, 27, 34)");
    await phone.close();
  });
});
