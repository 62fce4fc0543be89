// The release configuration as Changesets reads it: a copy of the workspace's manifests and .changeset/
// config in a temp dir, one changeset, `changeset version`, and the versions that come out.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { manifestAt, repoRoot, workspaceDirs, type Manifest } from "./repo-root.js";

let copy: string;
const versions = () => Object.fromEntries(workspaceDirs.map((dir) => [manifestAt(copy, dir).name, manifestAt(copy, dir).version]));
const manifests = Object.fromEntries(workspaceDirs.map((dir) => [manifestAt(repoRoot, dir).name, manifestAt(repoRoot, dir)]));
/** The workspace manifest of a package, failing loudly when a package of the release group is gone. */
function original(name: string): Manifest {
  const manifest = manifests[name];
  if (!manifest) throw new Error(`no workspace package named ${name}`);
  return manifest;
}
const RELEASED_TOGETHER = ["@identitycall/openapi", "@identitycall/client", "@identitycall/mock", "@identitycall/contract-tests"];

beforeEach(() => {
  copy = mkdtempSync(join(tmpdir(), "changeset-config-"));
  for (const file of ["package.json", "pnpm-workspace.yaml"]) cpSync(join(repoRoot, file), join(copy, file));
  for (const dir of workspaceDirs) {
    mkdirSync(join(copy, dir), { recursive: true });
    cpSync(join(repoRoot, dir, "package.json"), join(copy, dir, "package.json"));
  }
  cpSync(join(repoRoot, ".changeset", "config.json"), join(copy, ".changeset", "config.json"), { recursive: true });
  // The changelog generator named in config.json is resolved from the workspace's node_modules.
  symlinkSync(join(repoRoot, "node_modules"), join(copy, "node_modules"));
});

afterEach(() => rmSync(copy, { recursive: true, force: true }));

function version(bump: string, pkg: string) {
  writeFileSync(join(copy, ".changeset", "brave-lions-wave.md"), `---\n"${pkg}": ${bump}\n---\n\nA change users notice.\n`);
  execFileSync(join(repoRoot, "node_modules", ".bin", "changeset"), ["version"], { cwd: copy, stdio: "pipe" });
}

const bumped = (from: string, bump: "major" | "minor" | "patch") => {
  const [major = 0, minor = 0, patch = 0] = from.split(".").map(Number);
  return bump === "major" ? `${major + 1}.0.0` : bump === "minor" ? `${major}.${minor + 1}.0` : `${major}.${minor}.${patch + 1}`;
};

describe(".changeset/config.json", () => {
  it("releases the spec, client, mock and contract tests together: a minor change to the client moves all four", () => {
    version("minor", "@identitycall/client");
    const after = versions();
    for (const name of RELEASED_TOGETHER) expect(after[name], name).toBe(bumped(original(name).version, "minor"));
  });

  it("a major change to the spec moves the three public packages to the same major", () => {
    version("major", "@identitycall/openapi");
    const after = versions();
    for (const name of RELEASED_TOGETHER) expect(after[name], name).toBe(bumped(original(name).version, "major"));
  });

  it("leaves the docs and the test-only packages alone", () => {
    version("patch", "@identitycall/mock");
    const after = versions();
    for (const name of Object.keys(manifests).filter((n) => !RELEASED_TOGETHER.includes(n))) {
      expect(after[name], name).toBe(original(name).version);
    }
  });

  it("publishes only the three public packages, and keeps the spec package private", () => {
    const publicNames = Object.values(manifests)
      .filter((manifest) => manifest.private !== true)
      .map((manifest) => manifest.name)
      .sort();
    expect(publicNames).toEqual(["@identitycall/client", "@identitycall/contract-tests", "@identitycall/mock"]);
    expect(original("@identitycall/openapi").private).toBe(true);
    const config = JSON.parse(readFileSync(join(repoRoot, ".changeset", "config.json"), "utf8"));
    expect(config.access).toBe("public");
  });

  it("writes the changeset's text into the changelog of the package it names, and the new version into the others", () => {
    version("minor", "@identitycall/client");
    const heading = `## ${bumped(original("@identitycall/client").version, "minor")}`;
    expect(readFileSync(join(copy, "packages/client/CHANGELOG.md"), "utf8")).toContain(`${heading}\n\n### Minor Changes`);
    expect(readFileSync(join(copy, "packages/client/CHANGELOG.md"), "utf8")).toContain("A change users notice.");
    for (const dir of ["packages/mock", "packages/contract-tests"]) {
      const changelog = readFileSync(join(copy, dir, "CHANGELOG.md"), "utf8");
      expect(changelog).toContain(heading);
      expect(changelog).not.toContain("A change users notice.");
    }
  });
});
