import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadSpec } from "@identitycall/openapi/model/node";
import { describe, expect, inject, it } from "vitest";
import { run } from "../src/run.js";

const projectDir = inject("projectDir");
const mockUrl = inject("mockUrl");
const installedManifest = (name: string) => JSON.parse(readFileSync(join(projectDir, "node_modules", name, "package.json"), "utf8"));
const runNode = (file: string) => run(process.execPath, [join(projectDir, "dist", "src", file), mockUrl], { cwd: projectDir });
const documentedPhoneNumbers = () => {
  // The spec the installed mock serves, read through the spec model.
  const spec = loadSpec(join(projectDir, "node_modules", "@identitycall", "mock", "dist", "openapi.json"));
  const list = spec.namedExample("VirtualNumberSummaryList") as { data: { phone_number: string }[] };
  return list.data.map((n) => n.phone_number);
};

describe("the packed packages, installed with npm outside the workspace", () => {
  it("are exactly the three public packages", () => {
    expect([...inject("packedNames")].sort()).toEqual(["@identitycall/client", "@identitycall/contract-tests", "@identitycall/mock"]);
  });

  it(`install with npm on this Node (${process.version}) without an engine or peer dependency warning`, () => {
    const { stdout, stderr } = inject("npmInstall");
    expect((stdout + stderr).split("\n").filter((line) => /EBADENGINE|ERESOLVE|peer dep/i.test(line))).toEqual([]);
  });

  it("depend on each other by version, with no workspace: range left for npm to choke on", () => {
    for (const name of inject("packedNames")) {
      const manifest = installedManifest(name);
      const ranges = Object.values({ ...manifest.dependencies, ...manifest.peerDependencies }) as string[];
      expect(ranges.filter((range) => range.startsWith("workspace:")), name).toEqual([]);
    }
    expect(installedManifest("@identitycall/contract-tests").dependencies["@identitycall/client"]).toBe(installedManifest("@identitycall/client").version);
  });

  it("compile in a strict TypeScript project, as ESM and as CommonJS", () => {
    const { stdout, stderr } = inject("compile");
    // Errors are expected from misuse/ only (next test); the consumers themselves must compile cleanly.
    const errors = stdout.split("\n").filter((line) => /error TS\d+/.test(line));
    expect(errors.filter((line) => !line.startsWith("misuse/"))).toEqual([]);
    expect(stderr).toBe("");
    expect(readFileSync(join(projectDir, "dist", "src", "cjs-consumer.cjs"), "utf8")).toContain('require("@identitycall/client")');
    expect(readFileSync(join(projectDir, "dist", "src", "esm-consumer.mjs"), "utf8")).toContain('from "@identitycall/client"');
  });

  it("carry types that refuse a wrong path, a wrong field and a wrong option", () => {
    const { status, stdout } = inject("compile");
    expect(status).not.toBe(0);
    // One error on each of the three marked lines of consumer/misuse/wrong-calls.mts, and none elsewhere.
    const erroredLines = [...stdout.matchAll(/wrong-calls\.mts\((\d+),\d+\): error TS/g)].map((match) => Number(match[1]));
    expect(erroredLines).toEqual([8, 12, 15]);
    expect(stdout).toContain("Property 'phone' does not exist");
    expect(stdout).toContain("'retries' does not exist");
  });
});

// Each test below starts processes (node, Prism, vitest) and mostly waits for them; run concurrently, those
// processes share the cores instead of queueing. Concurrent tests use the test's own `expect`.
describe.concurrent("the compiled consumers against identitycall-mock started from the installed package", () => {
  it("ESM: lists the documented virtual numbers, throws typed errors, and runs the mock in-process too", async ({ expect }) => {
    const { status, stdout, stderr } = await runNode("esm-consumer.mjs");
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const seen = JSON.parse(stdout);
    expect(seen).toMatchObject({
      format: "esm",
      status: 200,
      phoneNumbers: documentedPhoneNumbers(),
      thrown: { name: "PermissionError", status: 403, isIdentityCallError: true, isPermissionError: true },
      configError: "IdentityCallConfigError",
      inProcessStatus: 200,
      inProcessCount: documentedPhoneNumbers().length,
    });
  });

  it("CommonJS: the require()d client lists the same numbers and reports a missing key as 401", async ({ expect }) => {
    const { status, stdout, stderr } = await runNode("cjs-consumer.cjs");
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const seen = JSON.parse(stdout);
    expect(seen).toMatchObject({ format: "cjs", status: 200, phoneNumbers: documentedPhoneNumbers(), unauthorizedStatus: 401, configErrorIsClass: true });
    expect(seen.unauthorizedError).toHaveProperty("error");
  });
});

describe.concurrent("identitycall-contract from the installed package", () => {
  it("finds every response of the installed mock matching the spec", async ({ expect }) => {
    const { status, stdout, stderr } = await run(
      join(projectDir, "node_modules", ".bin", "identitycall-contract"),
      ["--base-url", mockUrl, "--api-key", "idc_0123456789abcdefghijklmnopqrstuv"],
      { cwd: projectDir },
    );
    expect(stdout.trim().split("\n").at(-1), stdout + stderr).toBe("identitycall-contract: every response matched the spec");
    expect(status).toBe(0);
  });

  it("refuses to start without --base-url, saying what to pass", async ({ expect }) => {
    const { status, stderr } = await run(join(projectDir, "node_modules", ".bin", "identitycall-contract"), [], { cwd: projectDir });
    expect(status).toBe(2);
    expect(stderr).toContain("--base-url is required");
  });
});
