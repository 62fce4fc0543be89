// The sample generator on a small fixture spec: what each sample sends, that shell quoting keeps bodies intact,
// which values and form fields the spec's model gives it, and that the drift check notices every kind of
// difference.
import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { createSpecModel, type OpenApiDocument } from "@identitycall/openapi/model";
import { describe, expect, it } from "vitest";
import { generateSamples, planRequest, renderCurl, renderSampleFiles, renderTypeScript, sampleOperations } from "../src/index.mjs";

const fixturePath = new URL("./fixtures/mini-spec.json", import.meta.url).pathname;
const cli = new URL("../src/cli.mjs", import.meta.url).pathname;
const fixture = JSON.parse(readFileSync(fixturePath, "utf8")) as OpenApiDocument;
const spec = createSpecModel(fixture);
const baseUrl = "https://api.example.test/v1";

function plan(operationId: string, model = spec) {
  const operation = model.operation(operationId);
  if (!operation) throw new Error(`fixture has no ${operationId}`);
  return planRequest(model, operation);
}

function sample(operationId: string) {
  const found = plan(operationId);
  return { curl: renderCurl(found, { baseUrl }), typescript: renderTypeScript(found) };
}

/** The fixture with one more operation, `POST /extra` (operationId `extra`), made of the given parts. */
function withExtraOperation(operation: Record<string, unknown>) {
  const document = structuredClone(fixture);
  document.paths["/extra"] = {
    post: { operationId: "extra", summary: "Extra", responses: { "204": { description: "done" } }, ...operation },
  };
  return createSpecModel(document);
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

  it("use the client's upload helper where it has one", () => {
    const { typescript } = sample("uploadThing");
    const withHelper = renderTypeScript(plan("uploadThing"), { uploadHelpers: { "POST /things": "uploadThing" } });
    expect(typescript).not.toContain("uploadThing(client");
    expect(withHelper).toContain('import { createIdentityCallClient, uploadThing } from "@identitycall/client";');
    expect(withHelper).toContain('await uploadThing(client, {\n  file: "call.mp3",\n  label: "night; shift",\n  count: 3,\n});');
  });
});

describe("what the spec's model gives a sample", () => {
  it("values without an example: the model's sample value (examples, example, const, default, then enum)", () => {
    const model = withExtraOperation({
      parameters: [
        { name: "order", in: "query", required: true, schema: { type: "string", examples: ["newest"], example: "oldest", default: "any" } },
        { name: "size", in: "query", required: true, schema: { type: "integer", default: 20, enum: [10, 20, 50] } },
        { name: "kind", in: "query", required: true, schema: { type: "string", enum: ["a", "b"] } },
        { name: "unshown", in: "query", schema: { type: "string", example: "not on the parameter" } },
      ],
    });
    expect(plan("extra", model).query).toEqual([
      { name: "order", value: "newest" },
      { name: "size", value: 20 },
      { name: "kind", value: "a" },
    ]);
  });

  it("an operation's own parameter wins over the path's parameter of the same name", () => {
    const document = structuredClone(fixture);
    const item = document.paths["/things/{id}"] as { get: { parameters: unknown[] } };
    item.get.parameters.push({ name: "id", in: "path", required: true, schema: { type: "integer" }, example: 7 });
    expect(plan("getThing", createSpecModel(document)).pathParams).toEqual([{ name: "id", value: 7 }]);
  });

  it("a base64 form field is text the caller encodes, not a file part; a binary one is a file", () => {
    const model = withExtraOperation({
      requestBody: {
        content: {
          "multipart/form-data": {
            schema: {
              type: "object",
              required: ["audio", "signature"],
              properties: {
                audio: { type: "string", contentMediaType: "audio/wav" },
                signature: { type: "string", contentEncoding: "base64", example: "c2lnbmVk" },
              },
            },
          },
        },
      },
    });
    expect(plan("extra", model).body).toEqual({
      kind: "multipart",
      fields: [
        { name: "audio", file: "call.mp3", contentType: "audio/wav" },
        { name: "signature", value: "c2lnbmVk" },
      ],
    });
  });

  it("a file part's media type: the first the encoding lists, else audio/mpeg for a wildcard", () => {
    const document = structuredClone(fixture);
    const upload = (document.paths["/things"] as { post: { requestBody: { content: Record<string, { encoding?: unknown }> } } }).post;
    const media = upload.requestBody.content["multipart/form-data"]!;
    media.encoding = { file: { contentType: "audio/wav, audio/mpeg" } };
    expect(plan("uploadThing", createSpecModel(document)).body?.fields?.[0]).toMatchObject({ contentType: "audio/wav" });
    media.encoding = { file: { contentType: "audio/*" } };
    expect(plan("uploadThing", createSpecModel(document)).body?.fields?.[0]).toMatchObject({ contentType: "audio/mpeg" });
  });

  it("refuses a request body it has no renderer for, and an operation with no success response", () => {
    const xml = withExtraOperation({ requestBody: { content: { "application/xml": { schema: { type: "string" } } } } });
    expect(() => plan("extra", xml)).toThrow("No sample can be written for a request body of type application/xml");
    const failing = withExtraOperation({ responses: { "400": { description: "no" } } });
    expect(() => renderSampleFiles(failing)).toThrow("POST /extra: extra documents no 2xx response");
  });

  it("names files after operationIds, in document order, and calls the spec's first server", () => {
    const files = renderSampleFiles(spec);
    expect([...files.keys()]).toEqual(sampleOperations(spec).flatMap((op) => [`${op.operationId}.sh`, `${op.operationId}.ts`]));
    expect(files.get("deleteThing.sh")).toContain('"https://api.example.test/v1/things/a%20b%2Fc"');
  });
});

describe("identitycall-code-samples --check", () => {
  const run = promisify(execFile);
  const generate = (out: string, ...args: string[]) => run("node", [cli, "--spec", fixturePath, "--out", out, ...args]);

  it("passes right after generating, and fails with exit 1 naming the file when a sample drifted", async () => {
    const out = mkdtempSync(join(tmpdir(), "samples-"));
    await generate(out);
    await expect(generate(out, "--check")).resolves.toMatchObject({ stdout: expect.stringContaining("8 files for 4 operations") });
    writeFileSync(join(out, "getThing.sh"), "curl https://elsewhere\n");
    await expect(generate(out, "--check")).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining("outdated: getThing.sh") });
  });

  // Each kind of drift, through the function the CLI calls: starting Node once per case only repeats the above.
  it("tells every kind of drift apart: outdated, missing and no longer in the spec; generating mends all three", () => {
    const out = mkdtempSync(join(tmpdir(), "samples-"));
    generateSamples(spec, { dir: out });
    writeFileSync(join(out, "getThing.sh"), "curl https://elsewhere\n");
    rmSync(join(out, "deleteThing.ts"));
    writeFileSync(join(out, "removedOperation.ts"), "");
    const drift = generateSamples(spec, { dir: out, check: true });
    expect(drift.changed.map(({ name, missing }) => `${missing ? "missing" : "outdated"}: ${name}`).sort()).toEqual([
      "missing: deleteThing.ts",
      "outdated: getThing.sh",
    ]);
    expect(drift.stale).toEqual(["removedOperation.ts"]);
    generateSamples(spec, { dir: out });
    expect(generateSamples(spec, { dir: out, check: true })).toMatchObject({ changed: [], stale: [] });
  });

  it("refuses an operation without operationId, saying what to add", async () => {
    const dir = mkdtempSync(join(tmpdir(), "samples-"));
    const broken = structuredClone(fixture) as { paths: Record<string, Record<string, { operationId?: string }>> };
    delete broken.paths["/things/{id}"]!.delete!.operationId;
    writeFileSync(join(dir, "spec.json"), JSON.stringify(broken));
    await expect(run("node", [cli, "--spec", join(dir, "spec.json"), "--out", dir])).rejects.toMatchObject({
      stderr: expect.stringContaining("DELETE /things/{id} has no operationId"),
    });
  });

  it("wants to be told where the samples go", async () => {
    await expect(run("node", [cli, "--spec", fixturePath])).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining("--out is required") });
  });
});
