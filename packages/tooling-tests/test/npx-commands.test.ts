// The npx commands that the docs and workflows show for our CLIs name their scoped package.
// `npx identitycall-mock` outside a project that has @identitycall/mock installed asks the npm registry for a
// package called `identitycall-mock`: an unscoped name that anyone could publish. `npx --package
// @identitycall/mock identitycall-mock` can only run our package (the project's own copy when it has one).
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { manifestAt, repoRoot, workspaceDirs } from "./repo-root.js";

/** Folders that hold installed, built or generated files, not documentation that we write. */
const SKIPPED_DIRS = new Set([".git", "node_modules", "dist", ".turbo", "reports", "tmp"]);

/** Files under `dir` (inside the repository) whose names pass `keep`. Symbolic links are not followed. */
function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : filesUnder(path, keep);
    return entry.isFile() && keep(entry.name) ? [path] : [];
  });
}

const markdownFiles = filesUnder(repoRoot, (name) => name.endsWith(".md"));
const githubYamlFiles = filesUnder(join(repoRoot, ".github"), (name) => /\.ya?ml$/.test(name));

/** Each command of ours (`identitycall-…`) and the workspace package whose `bin` provides it. */
const binPackages = new Map<string, string>(
  workspaceDirs.flatMap((dir) => {
    const manifest = manifestAt(repoRoot, dir);
    const bins = typeof manifest.bin === "object" ? Object.keys(manifest.bin) : [];
    return bins.map((bin): [string, string] => [bin, manifest.name]);
  }),
);

interface Invocation {
  command: string;
  packages: string[];
}

/** The npx (or `npm exec`, `npm x`) invocations in a line: which command each runs, and which packages it names. */
function npxInvocations(line: string): Invocation[] {
  const found: Invocation[] = [];
  for (const match of line.matchAll(/(?<![\w-])(?:npx|npm\s+(?:exec|x))(?![\w-])/g)) {
    const tokens = line
      .slice((match.index ?? 0) + match[0].length)
      .trim()
      .split(/\s+/)
      .map((token) => token.replace(/^[`'"(]+|[`'").,;:\]]+$/g, ""));
    const packages: string[] = [];
    let command = "";
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] ?? "";
      if (token === "--package" || token === "-p") packages.push(tokens[++i] ?? "");
      else if (token.startsWith("--package=")) packages.push(token.slice("--package=".length));
      else if (token.startsWith("-")) continue; // --yes, --, and other options of npx itself
      else {
        command = token;
        break;
      }
    }
    found.push({ command, packages });
  }
  return found;
}

/** What is wrong with an invocation, or nothing when it runs one of our commands from the right scoped package. */
function problem({ command, packages }: Invocation): string | undefined {
  if (!command.startsWith("identitycall-")) return undefined;
  const scoped = packages.filter((name) => name.replace(/@[^/@]+$/, "").startsWith("@identitycall/"));
  if (scoped.length === 0) return `runs ${command} without --package @identitycall/…`;
  const provider = binPackages.get(command);
  if (provider && !scoped.some((name) => name === provider || name.startsWith(`${provider}@`))) {
    return `runs ${command}, which ${provider} provides, from ${scoped.join(", ")}`;
  }
  return undefined;
}

/** Every line of the files that runs one of our commands through npx without its scoped package. */
function offenders(files: string[]): string[] {
  return files.flatMap((file) =>
    readFileSync(file, "utf8")
      // A shell line continued with a backslash is one command.
      .replace(/\\\r?\n[ \t]*/g, " ")
      .split("\n")
      .flatMap((line, index) =>
        npxInvocations(line)
          .map(problem)
          .filter((text): text is string => text !== undefined)
          .map((text) => `${relative(repoRoot, file)}:${index + 1}: ${text}: ${line.trim()}`),
      ),
  );
}

describe("npx commands for our CLIs", () => {
  it("reads the workspace's commands and the files that show them", () => {
    expect(binPackages.get("identitycall-mock")).toBe("@identitycall/mock");
    expect(binPackages.get("identitycall-contract")).toBe("@identitycall/contract-tests");
    const relativePaths = markdownFiles.map((file) => relative(repoRoot, file));
    expect(relativePaths).toEqual(
      expect.arrayContaining(["README.md", "packages/mock/README.md", "packages/contract-tests/README.md", "spec/info-description.md"]),
    );
    expect(relativePaths.filter((path) => path.split(/[\\/]/).some((part) => SKIPPED_DIRS.has(part)))).toEqual([]);
    expect(githubYamlFiles.length).toBeGreaterThan(0);
  });

  it("every Markdown file names the scoped package: npx --package @identitycall/… identitycall-…", () => {
    expect(offenders(markdownFiles)).toEqual([]);
    // The docs do show the commands; a check that found none would prove nothing.
    const shown = markdownFiles.flatMap((file) => readFileSync(file, "utf8").split("\n")).flatMap(npxInvocations);
    expect(shown.filter((invocation) => invocation.command.startsWith("identitycall-")).length).toBeGreaterThan(0);
  });

  it("every workflow and .github file names the scoped package too", () => {
    expect(offenders(githubYamlFiles)).toEqual([]);
  });

  it("tells a bare or wrongly scoped command from a scoped one", () => {
    const verdict = (line: string) => npxInvocations(line).map(problem);
    expect(verdict("npx identitycall-mock --port 4010")).toEqual(["runs identitycall-mock without --package @identitycall/…"]);
    expect(verdict("run `npx identitycall-contract`.")).toEqual(["runs identitycall-contract without --package @identitycall/…"]);
    expect(verdict("npx -y identitycall-mock")).toEqual(["runs identitycall-mock without --package @identitycall/…"]);
    expect(verdict("npm exec -- identitycall-mock")).toEqual(["runs identitycall-mock without --package @identitycall/…"]);
    expect(verdict("npx --package identitycall-mock identitycall-mock")).toEqual([
      "runs identitycall-mock without --package @identitycall/…",
    ]);
    expect(verdict("npx --package @identitycall/mock identitycall-contract")).toEqual([
      "runs identitycall-contract, which @identitycall/contract-tests provides, from @identitycall/mock",
    ]);
    expect(verdict("npx --package @identitycall/mock identitycall-mock --port 0")).toEqual([undefined]);
    expect(verdict("npx --package=@identitycall/contract-tests@1.2.3 identitycall-contract")).toEqual([undefined]);
    expect(verdict("npx -y -p @identitycall/mock identitycall-mock")).toEqual([undefined]);
    expect(verdict("npx prettier --check .")).toEqual([undefined]);
    expect(verdict("without it, npx run outside a project")).toEqual([undefined]);
  });
});
