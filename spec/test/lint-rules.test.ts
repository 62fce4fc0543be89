import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const specDir = fileURLToPath(new URL("..", import.meta.url));
const configPath = fileURLToPath(new URL("../../redocly.yaml", import.meta.url));
const redocly = fileURLToPath(new URL("../node_modules/.bin/redocly", import.meta.url));

interface LintReport {
  totals: { errors: number; warnings: number };
  problems: { ruleId: string; message: string; location: { source: { ref: string }; pointer: string }[] }[];
}

/** Runs `redocly lint` with the project's configuration and returns its JSON report (exit code ignored). */
async function lint(target: string): Promise<LintReport> {
  const result = await run(redocly, ["lint", target, "--config", configPath, "--format", "json"], {
    cwd: specDir,
    env: { ...process.env, REDOCLY_TELEMETRY: "off", NO_COLOR: "1" },
    maxBuffer: 16 * 1024 * 1024,
  }).catch((error: { stdout?: string; stderr?: string }) => {
    if (!error.stdout) throw new Error(`redocly lint ${target} produced no report:\n${error.stderr ?? String(error)}`);
    return { stdout: error.stdout };
  });
  return JSON.parse(result.stdout) as LintReport;
}

// Our own rules: configurable ones in redocly.yaml, plugin ones in spec/redocly-rules/.
const config = parse(readFileSync(configPath, "utf8")) as { rules: Record<string, unknown> };
const ownRules = Object.keys(config.rules).filter((id) => id.startsWith("rule/") || id.startsWith("identitycall/"));
// Built-in rules recommended-strict leaves off, switched on by redocly.yaml: they must fire on the fixture too.
const builtInsWeEnable = Object.keys(config.rules).filter((id) => !id.includes("/"));

describe("our lint rules", () => {
  it("are all switched on: every rule of the identitycall plugin as an error, every configurable rule with a message", async () => {
    // @ts-expect-error: the plugin is plain JavaScript without type declarations
    const { default: plugin } = (await import("../redocly-rules/index.js")) as { default: () => { rules: { oas3: Record<string, unknown> } } };
    const pluginRules = Object.keys(plugin().rules.oas3).map((name) => `identitycall/${name}`);
    expect(ownRules.filter((id) => id.startsWith("identitycall/")).sort()).toEqual(pluginRules.sort());
    for (const id of pluginRules) expect(config.rules[id], id).toBe("error");
    for (const id of ownRules.filter((rule) => rule.startsWith("rule/"))) {
      const rule = config.rules[id] as { message?: string; severity?: string };
      expect(rule.severity, id).toBe("error");
      expect(rule.message, `${id} needs a message saying what to fix`).toMatch(/\w{3,}/);
    }
  });

  it("pass on the real spec: no problem at all", async () => {
    const report = await lint("identitycall");
    expect(report.problems.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  }, 60_000);

  describe("each fire on the deliberately broken fixture, naming the file and the place", async () => {
    const report = await lint("test/fixtures/broken-spec.yaml");

    it.each([...ownRules, ...builtInsWeEnable])("%s", (ruleId) => {
      const problems = report.problems.filter((p) => p.ruleId === ruleId);
      const fired = [...new Set(report.problems.map((p) => p.ruleId))];
      expect(problems.length, `${ruleId} did not fire; fired: ${fired.join(", ")}`).toBeGreaterThan(0);
      for (const problem of problems) {
        expect(problem.location[0]?.source.ref, `${ruleId}: no file`).toMatch(/broken-spec\.yaml$/);
        expect(problem.location[0]?.pointer, `${ruleId}: no place`).toMatch(/^#\//);
      }
    });
  });
});
