// Opens the built page straight from disk (file://) in a tab of its own and records, until the page is live,
// every request it makes and every console error, as a reader who double-clicks the file would get them.
import type { Browser } from "playwright-core";
import { PAGE_PATH } from "./static-server.js";

export async function openFromDisk(browser: Browser): Promise<{ requests: string[]; errors: string[] }> {
  const tab = await browser.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  tab.on("request", (request) => requests.push(request.url()));
  tab.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  tab.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
  try {
    await tab.goto(PAGE_PATH.href, { waitUntil: "load" });
    // Same sign of life as for the served page: the footer credit image only mounts after hydration.
    await tab.locator('img[alt="redocly logo"]').first().waitFor({ state: "attached", timeout: 20_000 });
    await tab.getByTestId("menu-item-label").first().waitFor({ timeout: 20_000 });
  } finally {
    await tab.close();
  }
  return { requests, errors };
}
