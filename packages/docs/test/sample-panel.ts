// Drives the sample panel Redoc shows beside each operation: its language menu and the code under it.
import type { Locator, Page } from "playwright-core";

export type SampleLabel = "cURL" | "TypeScript";

/** The entries of the language menu: Payload (the request body example) only where an operation takes a body. */
const LANGUAGE_LABELS = ["cURL", "TypeScript", "Payload"];

/** Matches `text` as a whole label, not as part of a longer one. */
export const wholeLabel = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);

/** Redoc renders a tag's operations on one page, each in a block whose id ends with its lower-cased operationId. */
export const operationBlock = (page: Page, operationId: string) =>
  page.locator(`[id$="/${operationId.toLowerCase()}"]`).first();

/** Opens the block's language menu and picks `label`, as a reader does. */
export async function chooseSample(page: Page, block: Locator, label: SampleLabel): Promise<void> {
  // Selectors by attribute and text rather than by ARIA role: role queries compute accessible names in the
  // renderer, the process this test keeps busiest.
  await block.locator('button[aria-haspopup="menu"]', { hasText: /^(cURL|TypeScript|Payload)$/ }).first().click();
  // The menu opens below its button, off-screen for the last operation of a tag: click it without scrolling.
  const item = page.locator('[data-testid="dropdown-menu"] [role="menuitem"]', { hasText: wholeLabel(label) });
  await item.dispatchEvent("click");
}

/**
 * The language the block's menu button names and the code shown under it, read in one step: under load Redoc
 * has been seen naming the new language while still showing the previous sample.
 */
export function shownSample(block: Locator): Promise<{ label: string | undefined; code: string | undefined }> {
  return block.evaluate((element, labels) => {
    const button = [...element.querySelectorAll('button[aria-haspopup="menu"]')].find((candidate) =>
      labels.includes(candidate.textContent ?? ""),
    );
    const code = element.querySelector<HTMLElement>('pre[data-testid="source-code"] code');
    return { label: button?.textContent ?? undefined, code: code?.innerText.trim() };
  }, LANGUAGE_LABELS);
}
