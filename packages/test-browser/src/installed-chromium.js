// Finds a Chrome or Chromium that is already on the machine, so a contributor's own browser is used before
// the one from the npm registry (which runs on Linux x64 only).
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

const NAMES_ON_PATH = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"];

const USUAL_PLACES = {
  darwin: [
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
  ],
  win32: [
    "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
    "C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe",
  ],
};

/** @param {string} file */
export function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The first Chrome or Chromium found on PATH or in the platform's usual install folders, or undefined.
 * @param {{ PATH?: string | undefined }} env
 * @param {NodeJS.Platform} platform
 * @returns {string | undefined}
 */
export function installedChromium(env = process.env, platform = process.platform) {
  const suffix = platform === "win32" ? ".exe" : "";
  const folders = (env.PATH ?? "").split(delimiter).filter(Boolean);
  const onPath = folders.flatMap((folder) => NAMES_ON_PATH.map((name) => join(folder, name + suffix)));
  return [...onPath, ...(USUAL_PLACES[/** @type {"darwin" | "win32"} */ (platform)] ?? [])].find(isExecutable);
}
