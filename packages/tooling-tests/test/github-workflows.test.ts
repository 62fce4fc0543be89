// The GitHub configuration as GitHub and Dependabot read it: the workflows' action pins, Dependabot's update
// entries, and who may write in the release workflow. Everything is read from .github/ as text and parsed
// with the same YAML parser for every file; nothing is fetched.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isScalar, parse, parseDocument, visit } from "yaml";
import { repoRoot } from "./repo-root.js";

const workflowsDir = join(repoRoot, ".github", "workflows");
const workflowFiles = readdirSync(workflowsDir)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort();
const read = (path: string) => readFileSync(path, "utf8");

interface Use {
  file: string;
  line: number;
  /** What `uses:` names, e.g. `actions/checkout@<sha>`. */
  ref: string;
  /** The rest of the source line after the value, where the version comment sits. */
  rest: string;
}

/**
 * Every `uses:` of a workflow, found by the YAML parser (so a quoted or flow-style one is not missed), with the
 * text that follows it on its own line: the parser drops comments, and the version comment is what we check.
 */
function usesOf(file: string): Use[] {
  const source = read(join(workflowsDir, file));
  const doc = parseDocument(source);
  if (doc.errors.length > 0) throw new Error(`${file} is not valid YAML: ${doc.errors[0]?.message}`);
  const found: Use[] = [];
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || pair.key.value !== "uses") return;
      const value = pair.value;
      if (!isScalar(value) || typeof value.value !== "string" || !value.range) {
        throw new Error(`${file}: a uses: that is not a plain string`);
      }
      const end = value.range[1];
      const lineEnd = source.indexOf("\n", end);
      found.push({
        file,
        line: source.slice(0, end).split("\n").length,
        ref: value.value,
        rest: source.slice(end, lineEnd === -1 ? undefined : lineEnd),
      });
    },
  });
  return found;
}

const allUses = workflowFiles.flatMap(usesOf);
// A local action (`./path`) is code of this repository, reviewed with it; it has nothing to pin.
const remoteUses = allUses.filter((use) => !use.ref.startsWith("./"));
const where = (use: Use) => `${use.file}:${use.line} uses: ${use.ref}${use.rest}`;

describe("action pins in .github/workflows", () => {
  it("finds the workflows and their actions (the checks below would pass on nothing otherwise)", () => {
    expect(workflowFiles).toEqual(expect.arrayContaining(["contract-tests.yml", "docs.yml", "release.yml", "test.yml"]));
    for (const file of workflowFiles) expect(usesOf(file).length, `${file} uses actions`).toBeGreaterThan(0);
  });

  it("sees as many uses: as there are uses: lines in the source (one the parser missed would escape these checks)", () => {
    for (const file of workflowFiles) {
      const lines = read(join(workflowsDir, file))
        .split("\n")
        .filter((line) => /^\s*(-\s+)?uses\s*:/.test(line));
      expect(usesOf(file).length, file).toBe(lines.length);
    }
  });

  it("pins every action to a full 40-hex commit SHA, not to a tag or branch that can be moved", () => {
    for (const use of remoteUses) {
      expect(use.ref, where(use)).toMatch(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.\/-]+@[0-9a-f]{40}$/);
    }
  });

  it("names the release the SHA belongs to in a trailing `# vX…` comment, which Dependabot updates with the SHA", () => {
    for (const use of remoteUses) {
      expect(use.rest, where(use)).toMatch(/^\s+#\s*v\d+(\.\d+){0,2}\s*$/);
    }
  });

  it("uses one SHA and one version comment per action across all workflows", () => {
    const byAction = new Map<string, Set<string>>();
    for (const use of remoteUses) {
      const [action = "", sha = ""] = use.ref.split("@");
      const pins = byAction.get(action) ?? new Set<string>();
      pins.add(`${sha} ${use.rest.trim()}`);
      byAction.set(action, pins);
    }
    for (const [action, pins] of byAction) expect([...pins], action).toHaveLength(1);
  });
});

describe(".github/dependabot.yml", () => {
  const path = join(repoRoot, ".github", "dependabot.yml");
  interface Update {
    "package-ecosystem"?: string;
    directory?: string;
    directories?: string[];
    schedule?: { interval?: string };
    groups?: Record<string, unknown>;
  }
  const config = () => parse(read(path)) as { version?: number; updates?: Update[] };
  /** The entry for an ecosystem at the repository root (where Dependabot finds .github/workflows, and the pnpm workspace). */
  const rootEntry = (ecosystem: string) =>
    (config().updates ?? []).find(
      (update) =>
        update["package-ecosystem"] === ecosystem && (update.directory === "/" || (update.directories ?? []).includes("/")),
    );

  it("exists and is version 2 of the format", () => {
    expect(existsSync(path)).toBe(true);
    expect(config().version).toBe(2);
  });

  it("updates the github-actions ecosystem on a schedule, grouped, so the SHA pins and their comments move", () => {
    const entry = rootEntry("github-actions");
    expect(entry, "a github-actions entry for /").toBeDefined();
    expect(entry?.schedule?.interval).toBe("weekly");
    expect(Object.keys(entry?.groups ?? {}).length).toBeGreaterThan(0);
  });

  it("updates the npm ecosystem of the workspace root weekly, with minor and patch updates grouped", () => {
    const entry = rootEntry("npm");
    expect(entry, "an npm entry for /").toBeDefined();
    expect(entry?.schedule?.interval).toBe("weekly");
    const groups = Object.values(entry?.groups ?? {}) as { "update-types"?: string[] }[];
    expect(groups.some((group) => group["update-types"]?.includes("minor") && group["update-types"]?.includes("patch"))).toBe(true);
  });
});

describe(".github/workflows/release.yml permissions", () => {
  type Permissions = string | Record<string, string> | undefined;
  interface Step {
    uses?: string;
    run?: string;
    env?: Record<string, string>;
    with?: Record<string, string>;
  }
  interface Job {
    needs?: string | string[];
    permissions?: Permissions;
    env?: Record<string, string>;
    steps?: Step[];
  }
  const source = read(join(workflowsDir, "release.yml"));
  const workflow = parse(source) as { permissions?: Permissions; env?: Record<string, string>; jobs: Record<string, Job> };
  const jobs = Object.entries(workflow.jobs);

  /** Whether a permissions block grants any write: `write-all`, or any scope set to `write`. */
  const grantsWrite = (permissions: Permissions) =>
    typeof permissions === "string" ? permissions === "write-all" : Object.values(permissions ?? {}).includes("write");
  const needsOf = (job: Job) => (job.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs : [job.needs]);
  const mentions = (value: unknown, text: string) => JSON.stringify(value ?? null).includes(text);
  /** A job that publishes: it runs Changesets' action or a publish command, or is handed the npm token. */
  const publishes = (job: Job) =>
    (job.steps ?? []).some(
      (step) =>
        step.uses?.startsWith("changesets/action@") ||
        /\b(npm|pnpm|yarn) publish\b|\bchangeset publish\b|\bpnpm release\b/.test(step.run ?? ""),
    ) || mentions(job, "secrets.NPM_TOKEN");
  const testJobs = jobs.filter(([, job]) => (job.steps ?? []).some((step) => /\.ci\/run\b/.test(step.run ?? "")));
  const publishingJobs = jobs.filter(([, job]) => publishes(job));

  it("grants nothing at the top level, so a job only gets the permissions it names", () => {
    // Without a top-level block every job would get the repository's default token, which may allow writes.
    expect(workflow.permissions, "a top-level permissions block").toBeDefined();
    expect(grantsWrite(workflow.permissions)).toBe(false);
  });

  it("has exactly one job that publishes, and it alone can write", () => {
    expect(publishingJobs.map(([id]) => id)).toHaveLength(1);
    const [publishingId] = publishingJobs[0] ?? [];
    for (const [id, job] of jobs) {
      const effective = job.permissions ?? workflow.permissions;
      expect(grantsWrite(effective), `job ${id} can write`).toBe(id === publishingId);
    }
  });

  it("runs the test suite (.ci/run) in a read-only job of its own", () => {
    expect(testJobs).toHaveLength(1);
    const [id, job] = testJobs[0] ?? ["", {}];
    expect(publishes(job), `job ${id} also publishes`).toBe(false);
    expect(job.permissions).toEqual({ contents: "read" });
  });

  it("publishes only after the test job has passed", () => {
    const [testId] = testJobs[0] ?? [];
    const [publishingId, publishingJob] = publishingJobs[0] ?? ["", {}];
    expect(needsOf(publishingJob), `job ${publishingId} needs`).toContain(testId);
  });

  it("hands the npm token to the publishing job's publish step only", () => {
    expect(mentions(workflow.env, "NPM_TOKEN")).toBe(false);
    for (const [id, job] of jobs) {
      expect(mentions(job.env, "NPM_TOKEN"), `env of job ${id}`).toBe(false);
      const steps = (job.steps ?? []).filter((step) => mentions(step, "secrets.NPM_TOKEN"));
      if (publishingJobs.some(([publishingId]) => publishingId === id)) {
        expect(steps).toHaveLength(1);
        expect(steps[0]?.uses ?? "").toMatch(/^changesets\/action@/);
      } else {
        expect(steps, `steps of job ${id}`).toEqual([]);
      }
    }
  });

  it("installs the workspace in the publishing job, and `pnpm release` builds before it publishes", () => {
    // The publishing job runs on a fresh machine: nothing the test job installed or built is there.
    const [, job] = publishingJobs[0] ?? ["", {}];
    const steps = job.steps ?? [];
    const install = steps.findIndex((step) => /\bpnpm install --frozen-lockfile\b/.test(step.run ?? ""));
    const publish = steps.findIndex((step) => step.uses?.startsWith("changesets/action@"));
    expect(install, "an install step").toBeGreaterThanOrEqual(0);
    expect(publish, "the Changesets step").toBeGreaterThan(install);
    expect(steps[publish]?.with?.publish).toBe("pnpm release");
    const { scripts } = JSON.parse(read(join(repoRoot, "package.json"))) as { scripts: Record<string, string> };
    expect(scripts.release).toMatch(/^turbo run build\b.*&& changeset publish$/);
  });

  it("is never started by a pull request", () => {
    // A pull request's code must not run next to the write token and the npm token.
    const on = (parse(source) as { on: Record<string, unknown> }).on;
    expect(Object.keys(on)).not.toContain("pull_request");
    expect(Object.keys(on)).not.toContain("pull_request_target");
  });
});
