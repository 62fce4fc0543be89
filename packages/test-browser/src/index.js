// The one Chromium launcher of the workspace's browser tests (the client's runtime smoke test, the docs page).
import { chromium } from "playwright-core";
import { installedChromium, isExecutable } from "./installed-chromium.js";
import { npmChromium, npmChromiumRuns } from "./npm-chromium.js";

export { npmChromium, npmChromiumRuns } from "./npm-chromium.js";
export { installedChromium } from "./installed-chromium.js";

/** Flags that let Chromium start as root on a closed network without reaching out to Google's hosts. */
export const CHROMIUM_FLAGS = [
  "--no-sandbox", // CI runs as root, where Chromium's sandbox refuses to start
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** @typedef {{ executablePath: string, source: "CHROMIUM_PATH" | "installed" | "npm", env?: Record<string, string> }} FoundChromium */

/**
 * The browser to drive: CHROMIUM_PATH when set, else a Chrome or Chromium installed on the machine, else the
 * one pnpm install brought from the npm registry.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {Promise<FoundChromium>}
 */
export async function findChromium(env = process.env) {
  const named = env.CHROMIUM_PATH;
  if (named) {
    if (!isExecutable(named)) {
      throw new Error(
        `CHROMIUM_PATH is "${named}", which is not an executable file: point it at a Chrome or Chromium binary, ` +
          "or unset it to use an installed browser or the Chromium that pnpm install brings.",
      );
    }
    return { executablePath: named, source: "CHROMIUM_PATH" };
  }
  const installed = installedChromium(env);
  if (installed) return { executablePath: installed, source: "installed" };
  if (!npmChromiumRuns) {
    throw new Error(
      `No Chrome or Chromium found on PATH or in the usual folders, and the Chromium that pnpm install brings runs on ` +
        `Linux x64 only (this is ${process.platform} ${process.arch}): install Google Chrome or Chromium, or set CHROMIUM_PATH.`,
    );
  }
  return { ...(await npmChromium()), source: "npm" };
}

/** @type {Promise<FoundChromium> | undefined} */
let found;

/**
 * Starts headless Chromium through playwright-core (never `playwright install`, which downloads from elsewhere).
 * Playwright gives every launch a fresh temporary profile.
 * @param {import("playwright-core").LaunchOptions} [options]
 */
export async function launchChromium(options = {}) {
  found ??= findChromium();
  const { executablePath, env } = await found.catch((error) => {
    found = undefined; // a later call may succeed once the cause is fixed
    throw error;
  });
  return chromium.launch({
    ...options,
    executablePath,
    args: [...CHROMIUM_FLAGS, ...(options.args ?? [])],
    ...(env ? { env: { ...process.env, ...options.env, ...env } } : {}),
  });
}
