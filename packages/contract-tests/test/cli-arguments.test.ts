// identitycall-contract's arguments, checked before any request: each refusal is exit status 2 in the CLI.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkCliArguments } from "../src/cli-arguments.js";

const KEY = "idc_0123456789abcdefghijklmnopqrstuv";
const check = (values: Parameters<typeof checkCliArguments>[0], env: NodeJS.ProcessEnv = { IDENTITYCALL_API_KEY: KEY }) =>
  checkCliArguments(values, env);
const problemOf = (result: ReturnType<typeof checkCliArguments>) => ("problem" in result ? result.problem : undefined);

describe("--base-url", () => {
  it.each([
    ["https://api.identitycall.ai/api/v1/public"],
    ["http://127.0.0.1:4010"],
    ["http://localhost:4010/api"],
    ["http://[::1]:4010"],
  ])("accepts %s", (baseUrl) => {
    expect(check({ "base-url": baseUrl })).toEqual({ settings: { baseUrl, apiKey: KEY, allowWrites: false } });
  });

  it.each([
    ["http://0.0.0.0:4010", /uses plain http: the API key would cross the network unencrypted/],
    ["http://api.identitycall.ai/api/v1/public", /uses plain http/],
    ["http://192.168.1.10:4010", /uses plain http/],
    ["api.identitycall.ai", /must be an absolute http\(s\) URL, got "api.identitycall.ai"/],
    ["https://", /must be an absolute http\(s\) URL/],
    ["https://a:99999/", /must be an absolute http\(s\) URL/],
    ["https://user:secret@api.identitycall.ai", /must not hold a user name or password/],
    ["https://api.identitycall.ai/v1?x=1", /must not have a query or a fragment/],
  ])("refuses %s", (baseUrl, message) => {
    const problem = problemOf(check({ "base-url": baseUrl }));
    expect(problem).toMatch(message);
    expect(problem).not.toContain("secret");
  });
});

describe("the API key", () => {
  it.each([[`${KEY}\n`], [` ${KEY}`], [`${KEY}\u200b`], ["idc_ключ"]])("refuses %j without quoting it", (apiKey) => {
    const problem = problemOf(check({ "base-url": "https://x.test", "api-key": apiKey }));
    expect(problem).toMatch(/whitespace, control or non-ASCII characters/);
    expect(problem).not.toContain(apiKey.trim());
  });

  it("asks for one when neither --api-key nor IDENTITYCALL_API_KEY is there", () => {
    expect(problemOf(check({ "base-url": "https://x.test" }, {}))).toMatch(/no API key: pass --api-key or set IDENTITYCALL_API_KEY/);
  });
});

describe("--request-timeout", () => {
  it("takes seconds from 1 to 600", () => {
    expect(check({ "base-url": "https://x.test", "request-timeout": "2.5" })).toMatchObject({ settings: { requestTimeoutMs: 2500 } });
    for (const bad of ["0", "601", "soon", "-3"]) {
      expect(problemOf(check({ "base-url": "https://x.test", "request-timeout": bad }))).toMatch(/--request-timeout must be a number of seconds from 1 to 600/);
    }
  });
});

describe("--junit", () => {
  it("refuses a folder, and a file in a folder that does not exist", () => {
    const dir = mkdtempSync(join(tmpdir(), "junit-"));
    expect(problemOf(check({ "base-url": "https://x.test", junit: dir }))).toMatch(/is a folder: name the report file/);
    expect(problemOf(check({ "base-url": "https://x.test", junit: join(dir, "missing", "r.xml") }))).toMatch(/does not exist; create it first/);
    expect(check({ "base-url": "https://x.test", junit: join(dir, "r.xml") })).toMatchObject({ settings: { junitFile: join(dir, "r.xml") } });
  });
});

describe("the CLI itself", () => {
  it("exits 2 before any request for plain http to another host, a key with a newline, or a folder as --junit", async () => {
    const { runCli } = await import("./fixtures/run-cli.js");
    const dir = mkdtempSync(join(tmpdir(), "junit-"));
    for (const [args, env] of [
      [["--base-url", "http://0.0.0.0:9"], { IDENTITYCALL_API_KEY: KEY }],
      [["--base-url", "http://127.0.0.1:9"], { IDENTITYCALL_API_KEY: `${KEY}\n` }],
      [["--base-url", "http://127.0.0.1:9", "--junit", dir], { IDENTITYCALL_API_KEY: KEY }],
    ] as const) {
      const run = await runCli([...args], env);
      expect(run.code, run.output).toBe(2);
      expect(run.output).not.toContain(KEY);
    }
  });

  it("prints its version", async () => {
    const { runCli } = await import("./fixtures/run-cli.js");
    const run = await runCli(["--version"]);
    expect(run.code).toBe(0);
    expect(run.output.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe("an API that does not answer", () => {
  it("ends the run after one request timeout, says nothing was checked, and leaves a JUnit error", async () => {
    const { createServer } = await import("node:net");
    const { readFileSync } = await import("node:fs");
    const { runCli } = await import("./fixtures/run-cli.js");
    const silent = createServer(() => undefined); // accepts connections, never answers
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as { port: number };
    const junit = join(mkdtempSync(join(tmpdir(), "junit-")), "report.xml");
    try {
      const started = Date.now();
      const run = await runCli(["--base-url", `http://127.0.0.1:${port}`, "--junit", junit, "--request-timeout", "2"], { IDENTITYCALL_API_KEY: KEY });
      expect(run.code, run.output).toBe(1);
      expect(run.output).toContain(`http://127.0.0.1:${port} did not answer within 2 s; nothing was checked`);
      expect(run.output).not.toContain("break the spec");
      expect(Date.now() - started).toBeLessThan(30_000);
      expect(readFileSync(junit, "utf8")).toMatch(/<testsuites[^>]* errors="1"[\s\S]*did not answer within 2 s/);
    } finally {
      silent.close();
    }
  });

  it("says so at once when nothing listens at all", async () => {
    const { runCli } = await import("./fixtures/run-cli.js");
    const run = await runCli(["--base-url", "http://127.0.0.1:9"], { IDENTITYCALL_API_KEY: KEY });
    expect(run.code).toBe(1);
    expect(run.output).toMatch(/http:\/\/127\.0\.0\.1:9 could not be reached \(ECONNREFUSED\); nothing was checked/);
  });
});
