// Prism loads faker (about two thousand files, a second of CPU) and a Postman reader that the mock never uses with
// the bundled spec; the mock defers them (src/prism/defer-unused-modules.ts). Checked in fresh processes, where
// nothing else has loaded them first.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const probe = fileURLToPath(new URL("./fixtures/modules-loaded.mjs", import.meta.url));
const fakerSpec = fileURLToPath(new URL("./fixtures/faker-spec.json", import.meta.url));

async function startAndAsk(specPath: string, path: string, mode: "dynamic" | "static") {
  const { stdout } = await promisify(execFile)(process.execPath, [probe, specPath, path, mode]);
  return JSON.parse(stdout) as { status: number; body: unknown; fakerFiles: number };
}

describe("loading Prism", () => {
  it("leaves faker unloaded while the bundled spec is served, examples or generated data", async () => {
    const [examples, generated] = await Promise.all([
      startAndAsk("", "/virtual_numbers", "static"),
      startAndAsk("", "/projects/1", "dynamic"),
    ]);
    expect(examples.status).toBe(200);
    expect(generated.status).toBe(200);
    expect(generated.body).toMatchObject({ data: { id: expect.any(Number) } });
    // One entry is the stand-in, cached under the path of faker's entry point; the real faker is some 2,000 files.
    expect([examples.fakerFiles, generated.fakerFiles]).toEqual([1, 1]);
  });

  it("still loads faker when a spec of the user's own asks for faker data", async () => {
    const answer = await startAndAsk(fakerSpec, "/people/1", "dynamic");
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ email: expect.stringMatching(/^\S+@\S+\.\S+$/) });
    expect(answer.fakerFiles).toBeGreaterThan(100);
  });
});
