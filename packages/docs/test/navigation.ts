// Moves around the reference page as a reader does: through the navigation on the left.
import type { Page } from "playwright-core";
import { wholeLabel } from "./sample-panel.js";
import type { operations } from "./spec.js";

/** The navigation entry whose whole label is `text` (a tag group), not one that merely contains it. */
export const menuEntry = (page: Page, text: string) => page.getByTestId("menu-item-label").filter({ hasText: wholeLabel(text) });

/** Clicks the navigation entry of an operation, opening its tag's group first when it is collapsed. */
export async function openOperation(page: Page, operation: (typeof operations)[number]): Promise<void> {
  const entry = page.getByTestId("menu-item-label").filter({ hasText: operation.summary });
  if ((await entry.count()) === 0) {
    await menuEntry(page, operation.tags[0]!).first().click();
  }
  await entry.first().click();
  await page.locator("h1, h2", { hasText: operation.summary }).first().waitFor();
}
