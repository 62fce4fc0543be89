import type { Browser, LaunchOptions } from "playwright-core";

export interface FoundChromium {
  executablePath: string;
  /** Where it came from: the CHROMIUM_PATH variable, an installed browser, or the npm registry. */
  source: "CHROMIUM_PATH" | "installed" | "npm";
  /** Extra environment the browser needs (the npm Chromium: its own NSS libraries, fonts without fontconfig). */
  env?: Record<string, string>;
}

export declare const CHROMIUM_FLAGS: string[];
export declare const npmChromiumRuns: boolean;
export declare function findChromium(env?: NodeJS.ProcessEnv): Promise<FoundChromium>;
export declare function installedChromium(env?: { PATH?: string | undefined }, platform?: NodeJS.Platform): string | undefined;
export declare function npmChromium(options?: { cacheDir?: string }): Promise<{ executablePath: string; env: Record<string, string> }>;
export declare function launchChromium(options?: LaunchOptions): Promise<Browser>;
