import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadFixture } from "./fixtures.js";
import { runSpecDiff } from "./run-cli.js";

let dir: string;
let before: string;
let after: string;
let safeAfter: string;
let changesets: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "spec-diff-cli-"));
  const breaking = loadFixture("response-property-removed.yaml");
  before = join(dir, "before.json");
  after = join(dir, "after.json");
  writeFileSync(before, JSON.stringify(breaking.before));
  writeFileSync(after, JSON.stringify(breaking.after));
  // The same documents in the safe direction, as YAML: the CLI reads both formats.
  safeAfter = join(dir, "safe-after.yaml");
  writeFileSync(safeAfter, JSON.stringify(breaking.before).replace('"name":{"type":"string"}', '"name":{"type":"string"},"label":{"type":"string"}'));
  changesets = join(dir, "changesets");
  mkdirSync(changesets);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const writeChangeset = (file: string, text: string) => writeFileSync(join(changesets, file), text);
const clearChangesets = () => {
  rmSync(changesets, { recursive: true, force: true });
  mkdirSync(changesets);
};

describe("pnpm spec-diff on two files", () => {
  it("fails with exit 1 and a readable report on a breaking change", () => {
    clearChangesets();
    const result = runSpecDiff(["--old", before, "--new", after, "--changesets", changesets]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("Breaking changes (1)");
    expect(result.stdout).toContain("GET /numbers → 200 application/json");
    expect(result.stdout).toContain("✗ name: field removed  [response-property-removed:");
    expect(result.stderr).toContain("FAILED, 1 breaking change(s) and no major release announced");
    expect(result.stderr).toContain("pnpm changeset");
  });

  it("passes with exit 0 on safe changes only", () => {
    clearChangesets();
    const result = runSpecDiff(["--old", before, "--new", safeAfter, "--changesets", changesets]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Safe changes (1)");
    expect(result.stdout).toContain("✓ label: field added");
    expect(result.stdout).toContain("OK, no breaking change");
  });

  it("passes a breaking change when a pending changeset bumps a public package major", () => {
    clearChangesets();
    writeChangeset("README.md", "---\n\"@identitycall/client\": major\n---\nnot a changeset\n");
    writeChangeset("quiet-owls-sing.md", "---\n'@identitycall/mock': minor\n\"@identitycall/client\": major\n---\n\nDrop `name`.\n");
    const result = runSpecDiff(["--old", before, "--new", after, "--changesets", changesets]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("announced as a major release (changeset quiet-owls-sing.md bumps @identitycall/client major)");
  });

  it("still fails when the changesets bump only minor, or bump a private package major", () => {
    clearChangesets();
    writeChangeset("minor.md", "---\n\"@identitycall/client\": minor\n---\n\nSomething.\n");
    writeChangeset("private.md", "---\n\"@identitycall/docs\": major\n---\n\nSomething.\n");
    writeChangeset("README.md", "---\n\"@identitycall/client\": major\n---\n");
    expect(runSpecDiff(["--old", before, "--new", after, "--changesets", changesets]).status).toBe(1);
  });

  it("prints the changes as JSON with --json", () => {
    clearChangesets();
    const result = runSpecDiff(["--old", before, "--new", after, "--changesets", changesets, "--json"]);
    expect(result.status).toBe(1);
    const parsed = JSON.parse(result.stdout.slice(0, result.stdout.lastIndexOf("}") + 1));
    expect(parsed.changes).toEqual([
      { rule: "response-property-removed", breaking: true, where: "GET /numbers → 200 application/json", detail: "name: field removed" },
    ]);
  });

  it("exits 2 and says what to do when the spec to check is missing", () => {
    const result = runSpecDiff(["--old", before, "--new", join(dir, "dist", "openapi.json")]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/dist\/openapi\.json does not exist; run pnpm build first/);
  });

  it("exits 2 on an unknown option, with the usage", () => {
    const result = runSpecDiff(["--olde", before]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Unknown option '--olde'");
    expect(result.stderr).toContain("Usage: pnpm spec-diff");
  });

  it("exits 2 when a spec file does not parse", () => {
    const broken = join(dir, "broken.json");
    writeFileSync(broken, "{ not json");
    const result = runSpecDiff(["--old", broken, "--new", after]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("broken.json is not valid JSON");
  });
});
