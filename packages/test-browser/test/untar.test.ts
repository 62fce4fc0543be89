import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { regularFiles } from "../src/untar.js";

/** A real archive made by the system's tar, with a path long enough to need the ustar prefix field. */
function archiveOf(files: Record<string, string>): Buffer {
  const dir = mkdtempSync(join(tmpdir(), "untar-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text, { mode: 0o755 });
  }
  execFileSync("tar", ["--format=ustar", "-cf", "out.tar", ...Object.keys(files)], { cwd: dir });
  return readFileSync(join(dir, "out.tar"));
}

describe("regularFiles", () => {
  it("reads every regular file of a ustar archive with its path, mode and bytes", () => {
    const long = `${"deep/".repeat(25)}lib.so`;
    const files = regularFiles(archiveOf({ "lib/libnss3.so": "nss", "fonts.conf": "<fontconfig/>", [long]: "x".repeat(700) }));
    expect(files.map((f) => f.path).sort()).toEqual(["fonts.conf", "lib/libnss3.so", long].sort());
    const nss = files.find((f) => f.path === "lib/libnss3.so");
    expect(nss?.data.toString()).toBe("nss");
    expect(nss?.mode).toBe(0o755);
    expect(files.find((f) => f.path === long)?.data.length).toBe(700);
  });

  it("refuses a path that climbs out of the folder it is unpacked into", () => {
    const archive = archiveOf({ "a.txt": "a" });
    archive.write("../escape.txt\0", 0, "utf8"); // rename the entry in place; tar's checksum is not read
    expect(() => regularFiles(archive)).toThrow(/Refusing to unpack "\.\.\/escape\.txt"/);
  });
});
