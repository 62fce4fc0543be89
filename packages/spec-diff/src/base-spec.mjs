// Finds the release to compare with and bundles the spec as it was there, without touching the checkout:
// `git archive` copies the tree at that ref into a temp dir, where `redocly bundle` builds them.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { findWorkspaceRoot } from "./workspace.mjs";

// Changesets tags every package of the fixed group; the client's tag stands for the release.
const RELEASE_TAG_PATTERNS = ["@identitycall/client@*", "v*"];
const BRANCH_FALLBACKS = ["main", "origin/main"];

function git(cwd, args, options = {}) {
  return execFileSync("git", args, { cwd, stdio: ["ignore", "pipe", "pipe"], maxBuffer: 256 * 1024 * 1024, ...options });
}

function tryGit(cwd, args) {
  try {
    return git(cwd, args).toString().trim();
  } catch {
    return undefined;
  }
}

/**
 * The ref to compare with: the newest release tag reachable from HEAD, else `main`, else `origin/main`,
 * else HEAD itself (a clone of one branch under another name: the working tree against its last commit).
 * Returns `{ ref, commit, reason }`, or undefined outside a git checkout.
 */
export function findBaseRef(cwd) {
  for (const pattern of RELEASE_TAG_PATTERNS) {
    const tag = tryGit(cwd, ["describe", "--tags", "--abbrev=0", "--match", pattern, "HEAD"]);
    if (tag) return { ref: tag, commit: tryGit(cwd, ["rev-parse", `${tag}^{commit}`]), reason: "last release tag" };
  }
  for (const branch of BRANCH_FALLBACKS) {
    const commit = tryGit(cwd, ["rev-parse", "--verify", "--quiet", `${branch}^{commit}`]);
    if (commit) return { ref: branch, commit, reason: "no release tag yet" };
  }
  const head = tryGit(cwd, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]);
  if (head) return { ref: "HEAD", commit: head, reason: "no release tag and no main branch: the last commit" };
  return undefined;
}

/** Reads a file as it is at `ref`, or undefined when it does not exist there. */
export function readAtRef(cwd, ref, path) {
  try {
    return git(cwd, ["show", `${ref}:${path}`]).toString();
  } catch {
    return undefined;
  }
}

/** Bundles the spec sources at `ref` with the workspace's redocly and returns the parsed document. */
export function bundleSpecAtRef(cwd, ref) {
  const dir = mkdtempSync(join(tmpdir(), "spec-diff-base-"));
  try {
    if (!tryGit(cwd, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`])) {
      throw new Error(`spec-diff: there is no commit, branch or tag named "${ref}" in ${cwd}; check --base`);
    }
    const configText = readAtRef(cwd, ref, "redocly.yaml");
    if (configText === undefined) throw new Error(`spec-diff: ${ref} has no redocly.yaml, so there is no spec to compare with; pass --base <ref> naming a commit that has one`);
    // The whole tree, not just spec/: redocly.yaml may point at plugins or files elsewhere.
    const archive = git(cwd, ["archive", "--format=tar", ref]);
    execFileSync("tar", ["-x", "-C", dir], { input: archive });
    // Redocly plugins named in that config may import packages: lend them the workspace's.
    const modules = join(cwd, "node_modules");
    if (existsSync(modules) && !existsSync(join(dir, "node_modules"))) symlinkSync(modules, join(dir, "node_modules"));
    // The spec's API alias as that commit's redocly.yaml names it (the first under `apis`).
    const alias = Object.keys(parseYaml(configText)?.apis ?? {})[0];
    // The redocly of the workspace this package is in (the root package.json lists @redocly/cli).
    const workspace = findWorkspaceRoot();
    const redocly = join(workspace, "node_modules", ".bin", "redocly");
    if (!existsSync(redocly)) throw new Error(`spec-diff: ${redocly} is missing; run pnpm install first`);
    const output = join(dir, "base.json");
    const args = ["bundle", ...(alias ? [alias] : ["spec/openapi.yaml"]), "--config", "redocly.yaml", "--output", output];
    try {
      execFileSync(redocly, args, { cwd: dir, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, REDOCLY_TELEMETRY: "off" } });
    } catch (error) {
      throw new Error(`spec-diff: could not bundle the spec at ${ref}:\n${error.stderr?.toString() ?? error.message}`);
    }
    return JSON.parse(readFileSync(output, "utf8"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
