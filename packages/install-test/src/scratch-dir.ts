import { accessSync, constants, readFileSync, statfsSync } from "node:fs";
import { tmpdir } from "node:os";

const RAM_DISK = "/dev/shm";
/** The consumer project takes ~150 MB; leave the machine's memory a wide margin beyond that. */
const RAM_DISK_MIN_FREE_BYTES = 1024 ** 3;

/** The options the mount at `mountPoint` has now (the last line for it in /proc/mounts is the one on top). */
function mountOptions(mountPoint: string): string[] | undefined {
  const line = readFileSync("/proc/mounts", "utf8")
    .split("\n")
    .filter((entry) => entry.split(" ")[1] === mountPoint)
    .at(-1);
  return line?.split(" ")[3]?.split(",");
}

/** True where /dev/shm is a tmpfs we may write to, run programs from (.bin/tsc …) and fill with the project. */
function ramDiskUsable(): boolean {
  try {
    accessSync(RAM_DISK, constants.W_OK);
    const options = mountOptions(RAM_DISK);
    const { bavail, bsize } = statfsSync(RAM_DISK);
    return options !== undefined && !options.includes("noexec") && bavail * bsize >= RAM_DISK_MIN_FREE_BYTES;
  } catch {
    return false; // No /dev/shm or no /proc/mounts: not Linux, or a sandbox.
  }
}

/**
 * Where the throwaway consumer project goes: an explicitly set TMPDIR, else Linux's RAM-backed /dev/shm when it
 * is usable, else the OS temp dir. The npm install writes ~13,000 files that live for one run; on a busy disk,
 * writing and deleting them took longer than npm's own work (deleting alone up to 13 s), and no check is about the
 * disk. Either way the project is outside the workspace, as a user's is.
 */
export function scratchParent(): string {
  if (process.env["TMPDIR"]) return tmpdir();
  return ramDiskUsable() ? RAM_DISK : tmpdir();
}
