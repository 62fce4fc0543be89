// The Chromium that arrives with `pnpm install`: @sparticuz/chromium ships a headless Chromium, brotli-compressed,
// inside its npm tarball (nothing is downloaded from another host). It is unpacked once per version into the
// temp folder and reused by every later launch, from any package.
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pipeline } from "node:stream/promises";
import { promisify } from "node:util";
import { brotliDecompress, createBrotliDecompress } from "node:zlib";
import { regularFiles } from "./untar.js";

const unbrotli = promisify(brotliDecompress);

/** Where @sparticuz/chromium keeps its compressed files, and which version it is. */
function shippedFiles() {
  const entry = createRequire(import.meta.url).resolve("@sparticuz/chromium");
  const packageDir = join(dirname(entry), "..");
  const { version } = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
  return { binDir: join(packageDir, "bin"), version: /** @type {string} */ (version) };
}

/** Its binaries are built for Linux on x86-64 only. */
export const npmChromiumRuns = process.platform === "linux" && process.arch === "x64";

/**
 * Writes through a private temporary name and renames at the end, so that two test processes unpacking at the
 * same time (turbo runs packages in parallel) never see each other's half-written file.
 * @param {string} target
 * @param {(partial: string) => Promise<void> | void} write
 */
async function writeAtomically(target, write) {
  const partial = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.partial`;
  try {
    await write(partial);
    renameSync(partial, target);
  } finally {
    rmSync(partial, { force: true });
  }
}

/** @param {string} archive @param {string} intoDir */
async function unpackTar(archive, intoDir) {
  for (const file of regularFiles(await unbrotli(readFileSync(archive)))) {
    const target = join(intoDir, file.path);
    mkdirSync(dirname(target), { recursive: true });
    await writeAtomically(target, (partial) => writeFileSync(partial, file.data, { mode: file.mode }));
  }
}

/**
 * Without a system fontconfig, Chromium renders every glyph as a box; point it at the fonts shipped beside it.
 * @param {string} dir
 * @returns {Record<string, string>}
 */
function fontEnvironment(dir) {
  if (process.env.FONTCONFIG_FILE || existsSync("/etc/fonts/fonts.conf")) return {};
  const config = join(dir, "fonts.conf");
  if (!existsSync(config)) writeFileSync(config, `<?xml version="1.0"?>\n<fontconfig><dir>${join(dir, "fonts")}</dir><cachedir>${join(dir, "fonts-cache")}</cachedir></fontconfig>\n`);
  return { FONTCONFIG_FILE: config };
}

/**
 * Runs `unpack` under a lock folder, so that of several processes starting at once (turbo runs the browser suites
 * side by side) one unpacks and the others wait for its result instead of doing the same work. A lock older than
 * five minutes is taken to be left by a process that died, and is taken over.
 * @param {string} lockDir @param {() => boolean} done @param {() => Promise<void>} unpack
 */
async function onceAcrossProcesses(lockDir, done, unpack) {
  const deadline = Date.now() + 5 * 60_000;
  while (!done()) {
    try {
      mkdirSync(lockDir);
    } catch {
      const age = Date.now() - (statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 5 * 60_000) rmSync(lockDir, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`Gave up waiting for another process to unpack Chromium (lock ${lockDir})`);
      else await new Promise((resolve) => setTimeout(resolve, 200));
      continue;
    }
    try {
      if (!done()) await unpack();
    } finally {
      rmSync(lockDir, { recursive: true, force: true });
    }
  }
}

/** @type {Map<string, Promise<void>>} one unpacking per folder within this process */
const unpacking = new Map();

/**
 * Unpacks the npm Chromium (once per version) and says how to start it: its binary, and the environment that
 * lets it find the NSS libraries shipped with it on a machine that has none.
 * @param {{ cacheDir?: string }} [options]
 * @returns {Promise<{ executablePath: string, env: Record<string, string> }>}
 */
export async function npmChromium({ cacheDir = join(tmpdir(), "identitycall-chromium") } = {}) {
  if (!npmChromiumRuns) {
    throw new Error(
      `The Chromium from the npm registry (@sparticuz/chromium) runs on Linux x64 only, not ${process.platform} ${process.arch}: ` +
        "install Google Chrome or Chromium, or set CHROMIUM_PATH to a Chrome or Chromium binary.",
    );
  }
  const { binDir, version } = shippedFiles();
  const dir = join(cacheDir, `${version}-${process.arch}`);
  const executablePath = join(dir, "chromium");
  if (!existsSync(executablePath)) {
    let pending = unpacking.get(dir);
    if (!pending) {
      mkdirSync(dir, { recursive: true });
      pending = onceAcrossProcesses(`${dir}.lock`, () => existsSync(executablePath), async () => {
        await unpackTar(join(binDir, "al2023.tar.br"), dir);
        await unpackTar(join(binDir, "fonts.tar.br"), dir);
        // The binary comes last: once it is there, everything it needs is too.
        await writeAtomically(executablePath, (partial) =>
          pipeline(createReadStream(join(binDir, "chromium.br")), createBrotliDecompress(), createWriteStream(partial, { mode: 0o755 })),
        );
      });
      unpacking.set(dir, pending);
      pending.finally(() => unpacking.delete(dir)).catch(() => undefined);
    }
    await pending;
  }
  const libraries = [join(dir, "lib"), process.env.LD_LIBRARY_PATH].filter(Boolean).join(":");
  return { executablePath, env: { LD_LIBRARY_PATH: libraries, ...fontEnvironment(dir) } };
}
