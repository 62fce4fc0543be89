// The sample generator on a small fixture spec: what each sample sends, that shell quoting keeps bodies intact,
// and that the drift check notices every kind of difference.
import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { renderCurl } from "../../../scripts/code-samples/curl.mjs";
import { forEachOperation } from "../../../scripts/code-samples/operations.mjs";
import { planRequest } from "../../../scripts/code-samples/request-plan.mjs";
import { renderTypeScript } from "../../../scripts/code-samples/typescript.mjs";

const fixturePath = new URL("./fixtures/mini-spec.json", import.meta.url).pathname;
const generator = new URL("../../../scripts/generate-code-samples.mjs", import.meta.url).pathname;
const fixture = JSON.parse(readFileSync(fixturePath, "utf8"));
const baseUrl = "https://api.example.test/v1";

function sample(operationId: string) {
  let found: ReturnType<typeof planRequest> | undefined;
  forEachOperation(fixture, (entry) => {
    if (entry.operationId === operationId) found = planRequest(fixture, entry);
  });
  if (!found) throw new Error(`fixture has no ${operationId}`);
  return { curl: renderCurl(found, { baseUrl }), typescript: renderTypeScript(found) };
}

/** Runs a cURL sample through bash with `curl` replaced by a printer of its arguments, one per line. */
function curlArguments(command: string): string[] {
  const out = execFileSync("bash", ["-c", `curl() { printf '%s\\0' "$@"; }\n${command}`], {
    env: { PATH: process.env.PATH, IDENTITYCALL_API_KEY: "idc_key", HOME: "/home/nobody" },
  });
  return out.toString().split("\0").slice(0, -1);
}

describe("cURL samples", () => {
  it("encode path parameters, send required query parameters and optional ones the spec gives an example for", () => {
    const args = curlArguments(sample("getThing").curl);
    expect(args[0]).toBe("https://api.example.test/v1/things/a%20b%2Fc?fields=all&page=2");
    expect(args).toContain("Authorization: Bearer idc_key");
  });

  it("pass a JSON body through the shell unchanged, quotes and dollar signs included", () => {
    const args = curlArguments(sample("updateThing").curl);
    expect(args.slice(0, 2)).toEqual(["-X", "PATCH"]);
    const body = args[args.indexOf("-d") + 1]!;
    expect(JSON.parse(body)).toEqual({ name: 'Jane\'s "main" line $HOME' });
  });

  it("send multipart uploads with -F, the file by reference and text that looks special with --form-string", () => {
    const args = curlArguments(sample("uploadThing").curl);
    expect(args).toContain("file=@call.mp3;type=audio/mpeg");
    expect(args[args.indexOf("label=night; shift") - 1]).toBe("--form-string");
    expect(args[args.indexOf("count=3") - 1]).toBe("-F");
  });
});

describe("TypeScript samples", () => {
  it("call the client by path with typed path and query parameters", () => {
    const { typescript } = sample("getThing");
    expect(typescript).toContain('import { createIdentityCallClient } from "@identitycall/client";');
    expect(typescript).toContain('await client.GET("/things/{id}", {');
    expect(typescript).toContain('params: { path: { id: "a b/c" }, query: { fields: "all", page: 2 } },');
    expect(typescript).toContain("console.log(data.data);");
  });

  it("print the status for operations that answer without a body", () => {
    const { typescript } = sample("deleteThing");
    expect(typescript).toContain("const { error, response } = await client.DELETE(");
    expect(typescript).toContain("console.log(`Delete a thing: HTTP ${response.status}`);");
  });

  it("build a FormData with the file as a Blob for multipart uploads", () => {
    const { typescript } = sample("uploadThing");
    expect(typescript).toContain('new Blob([await readFile("call.mp3")], { type: "audio/mpeg" })');
    expect(typescript).toContain('if (name === "file") form.append(name, audio, String(value));');
    expect(typescript).toContain("console.log(data);");
  });
});

describe("generate-code-samples.mjs --check", () => {
  const run = promisify(execFile);
  const check = (out: string) => run("node", [generator, "--check", "--spec", fixturePath, "--out", out]);

  it("passes right after generating and fails, naming the file, on each kind of drift", async () => {
    const out = mkdtempSync(join(tmpdir(), "samples-"));
    await run("node", [generator, "--spec", fixturePath, "--out", out]);
    await expect(check(out)).resolves.toMatchObject({ stdout: expect.stringContaining("8 files for 4 operations") });

    writeFileSync(join(out, "getThing.sh"), "curl https://elsewhere\n");
    await expect(check(out)).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining("outdated: getThing.sh") });

    await run("node", [generator, "--spec", fixturePath, "--out", out]);
    rmSync(join(out, "deleteThing.ts"));
    await expect(check(out)).rejects.toMatchObject({ stderr: expect.stringContaining("missing: deleteThing.ts") });

    await run("node", [generator, "--spec", fixturePath, "--out", out]);
    writeFileSync(join(out, "removedOperation.ts"), "");
    await expect(check(out)).rejects.toMatchObject({ stderr: expect.stringContaining("no longer in the spec: removedOperation.ts") });
  });

  it("refuses an operation without operationId, saying what to add", async () => {
    const dir = mkdtempSync(join(tmpdir(), "samples-"));
    const broken = structuredClone(fixture);
    delete broken.paths["/things/{id}"].delete.operationId;
    writeFileSync(join(dir, "spec.json"), JSON.stringify(broken));
    await expect(run("node", [generator, "--spec", join(dir, "spec.json"), "--out", dir])).rejects.toMatchObject({
      stderr: expect.stringContaining("DELETE /things/{id} has no operationId"),
    });
  });
});
