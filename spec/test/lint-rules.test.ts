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
  problems: { ruleId: string; message: string }[];
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

describe("our lint rules", () => {
  it("are configured (configurable rules and the identitycall plugin)", () => {
    expect(ownRules.filter((id) => id.startsWith("rule/")).length).toBeGreaterThanOrEqual(6);
    expect(ownRules.filter((id) => id.startsWith("identitycall/")).length).toBeGreaterThanOrEqual(4);
  });

  it("pass on the real spec: no problem at all", async () => {
    const report = await lint("identitycall");
    expect(report.problems.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  }, 60_000);

  describe("each fire on the deliberately broken fixture", async () => {
    const report = await lint("test/fixtures/broken-spec.yaml");
    const fired = new Set(report.problems.map((p) => p.ruleId));

    it.each([...ownRules, "response-contains-header"])("%s", (ruleId) => {
      expect(fired.has(ruleId), `${ruleId} did not fire; fired: ${[...fired].join(", ")}`).toBe(true);
    });
  });
});
