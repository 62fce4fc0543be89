import { describe, expect, it } from "vitest";
import { runCli } from "./fixtures/run-cli.js";

describe("identitycall-contract arguments", () => {
  it("asks for --base-url, exit status 2", async () => {
    const run = await runCli([], { IDENTITYCALL_API_KEY: "idc_x" });
    expect(run.code).toBe(2);
    expect(run.output).toContain("--base-url is required");
  });

  it("refuses a base URL that is not absolute http(s)", async () => {
    const run = await runCli(["--base-url", "api.identitycall.ai"], { IDENTITYCALL_API_KEY: "idc_x" });
    expect(run.code).toBe(2);
    expect(run.output).toContain('--base-url must be an absolute http(s) URL, got "api.identitycall.ai"');
  });

  it("asks for a key when neither --api-key nor IDENTITYCALL_API_KEY is there", async () => {
    const run = await runCli(["--base-url", "http://127.0.0.1:9"]);
    expect(run.code).toBe(2);
    expect(run.output).toContain("no API key: pass --api-key or set IDENTITYCALL_API_KEY");
  });

  it("names an unknown option", async () => {
    const run = await runCli(["--base-url", "http://127.0.0.1:9", "--writes"], { IDENTITYCALL_API_KEY: "idc_x" });
    expect(run.code).toBe(2);
    expect(run.output).toContain("Unknown option '--writes'");
  });
});
