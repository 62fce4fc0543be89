import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findChromium, installedChromium } from "../src/index.js";

function folderWithExecutable(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), "fake-browser-"));
  writeFileSync(join(dir, name), "#!/bin/sh\n");
  chmodSync(join(dir, name), 0o755);
  return dir;
}

describe("findChromium", () => {
  it("takes CHROMIUM_PATH first, and says what to do when it names nothing runnable", async () => {
    const dir = folderWithExecutable("my-chrome");
    await expect(findChromium({ CHROMIUM_PATH: join(dir, "my-chrome"), PATH: "" })).resolves.toEqual({
      executablePath: join(dir, "my-chrome"),
      source: "CHROMIUM_PATH",
    });
    await expect(findChromium({ CHROMIUM_PATH: join(dir, "missing") })).rejects.toThrow(
      /CHROMIUM_PATH is ".*missing", which is not an executable file: point it at a Chrome or Chromium binary/,
    );
  });

  it("prefers a browser installed on PATH to the one from the npm registry", async () => {
    const dir = folderWithExecutable("google-chrome");
    expect(installedChromium({ PATH: `/nonexistent:${dir}` }, "linux")).toBe(join(dir, "google-chrome"));
    await expect(findChromium({ PATH: dir })).resolves.toMatchObject({ source: "installed" });
  });

  it("finds nothing installed on an empty PATH on Linux", () => {
    expect(installedChromium({ PATH: "" }, "linux")).toBeUndefined();
  });
});
