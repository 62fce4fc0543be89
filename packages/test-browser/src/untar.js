// Reads a plain ustar archive held in memory. The npm Chromium ships its shared libraries and fonts as small
// .tar.br files; reading them here keeps the launcher free of an archive dependency.

const BLOCK = 512;

/**
 * The regular files of a tar archive, with their paths and modes. Directories are implied by the paths;
 * anything else (links, pax headers) is skipped, and a path that would leave the target folder is refused.
 * @param {Buffer} archive
 * @returns {{ path: string, mode: number, data: Buffer }[]}
 */
export function regularFiles(archive) {
  const files = [];
  let offset = 0;
  while (offset + BLOCK <= archive.length) {
    const header = archive.subarray(offset, offset + BLOCK);
    if (header.every((byte) => byte === 0)) break; // the archive ends with zero blocks
    /** @param {number} start @param {number} length */
    const text = (start, length) => header.toString("utf8", start, start + length).replace(/\0[\s\S]*$/, "");
    /** @param {number} start @param {number} length */
    const octal = (start, length) => Number.parseInt(text(start, length).trim() || "0", 8);
    const prefix = text(257, 6).startsWith("ustar") ? text(345, 155) : "";
    const path = prefix ? `${prefix}/${text(0, 100)}` : text(0, 100);
    const size = octal(124, 12);
    const type = text(156, 1) || "0";
    offset += BLOCK;
    if (type === "0") {
      if (path.startsWith("/") || path.split("/").includes("..")) {
        throw new Error(`Refusing to unpack "${path}": it points outside the folder it is unpacked into`);
      }
      files.push({ path, mode: octal(100, 8) || 0o644, data: archive.subarray(offset, offset + size) });
    }
    offset += Math.ceil(size / BLOCK) * BLOCK;
  }
  return files;
}
