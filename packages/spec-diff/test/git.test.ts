// The gate as CI runs it: the base spec comes from git (a release tag, else main), is bundled with redocly
// in a temp dir, and is compared with the working tree's bundle.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { redocly, runSpecDiff } from "./run-cli.js";

let repo: string;

const write = (path: string, text: string) => {
  mkdirSync(join(repo, path, ".."), { recursive: true });
  writeFileSync(join(repo, path), text);
};
const git = (...args: string[]) =>
  execFileSync("git", ["-c", "user.name=Spec Diff Test", "-c", "user.email=spec-diff@example.invalid", ...args], { cwd: repo, stdio: "pipe" })
    .toString()
    .trim();

/** Bundles the working tree's spec into spec/dist/openapi.json, as `pnpm build` does. */
const bundle = () =>
  execFileSync(redocly, ["bundle", "fixture", "--config", "redocly.yaml", "--output", "spec/dist/openapi.json"], {
    cwd: repo,
    stdio: "pipe",
    env: { ...process.env, REDOCLY_TELEMETRY: "off" },
  });

const numberSchema = (properties: string) => `type: object\nrequired: [id]\nproperties:\n${properties}`;
const withName = numberSchema("  id: { type: integer }\n  name: { type: string }\n");
const withoutName = numberSchema("  id: { type: integer }\n");
const manifest = (version: string) => JSON.stringify({ name: "@identitycall/client", version });

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), "spec-diff-git-"));
  write(".gitignore", "dist/\n");
  write("redocly.yaml", "apis:\n  fixture:\n    root: spec/openapi.yaml\n");
  write(
    "spec/openapi.yaml",
    [
      "openapi: 3.1.0",
      "info: { title: fixture, version: '1' }",
      "paths:",
      "  /numbers:",
      "    get:",
      "      operationId: listNumbers",
      "      responses:",
      "        '200':",
      "          description: ok",
      "          content:",
      "            application/json:",
      "              schema: { $ref: components/Number.yaml }",
      "",
    ].join("\n"),
  );
  write("spec/components/Number.yaml", withName);
  write("packages/client/package.json", manifest("0.1.0"));
  git("init", "-q", "-b", "main");
  git("add", ".");
  git("commit", "-q", "-m", "first release");
});

afterEach(() => rmSync(repo, { recursive: true, force: true }));

describe("pnpm spec-diff against git", () => {
  it("on main itself, with no release tag yet, finds no change and passes", () => {
    bundle();
    const result = runSpecDiff(["--root", repo, "--changesets", join(repo, ".changeset")]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Spec diff: main \([0-9a-f]{10}\), no release tag yet → spec\/dist\/openapi\.json/);
    expect(result.stdout).toContain("No changes to the API contract.");
  });

  it("compares with the last release tag and fails on a breaking change made since", () => {
    git("tag", "@identitycall/client@0.1.0");
    write("spec/components/Number.yaml", withoutName);
    git("commit", "-q", "-am", "drop name");
    bundle();
    const result = runSpecDiff(["--root", repo, "--changesets", join(repo, ".changeset")]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^Spec diff: @identitycall\/client@0\.1\.0 \([0-9a-f]{10}\), last release tag/);
    expect(result.stdout).toContain("✗ name: field removed");
  });

  it("passes once the public packages carry a new major version (the release PR consumed the changeset)", () => {
    git("tag", "@identitycall/client@0.1.0");
    write("spec/components/Number.yaml", withoutName);
    write("packages/client/package.json", manifest("1.0.0"));
    bundle();
    const result = runSpecDiff(["--root", repo, "--changesets", join(repo, ".changeset")]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("announced as a major release (@identitycall/client goes 0.1.0 → 1.0.0)");
  });

  it("without a tag or a main branch, compares the working tree with the last commit", () => {
    git("branch", "-m", "main", "feature");
    write("spec/components/Number.yaml", withoutName);
    bundle();
    const result = runSpecDiff(["--root", repo, "--changesets", join(repo, ".changeset")]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^Spec diff: HEAD \([0-9a-f]{10}\), no release tag and no main branch/);
  });

  it("says clearly when --base names nothing, or a commit without a spec", () => {
    bundle();
    const missing = runSpecDiff(["--root", repo, "--base", "does-not-exist"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('there is no commit, branch or tag named "does-not-exist"');
    git("checkout", "-q", "--orphan", "empty");
    git("rm", "-rq", "--cached", ".");
    git("commit", "-q", "--allow-empty", "-m", "nothing");
    const empty = runSpecDiff(["--root", repo, "--base", "empty"]);
    expect(empty.status).toBe(2);
    expect(empty.stderr).toContain("empty has no redocly.yaml, so there is no spec to compare with");
  });
});
