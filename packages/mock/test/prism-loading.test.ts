// Prism loads faker (about two thousand files, a second of CPU) and a Postman reader that the mock never uses with
// the bundled spec; the mock defers them (src/prism/defer-unused-modules.ts). Checked in a fresh process, where
// nothing else has loaded them first: the bundled spec's examples and generated data, then a spec of the user's
// own that asks for faker data.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { expect, it } from "vitest";

const probe = fileURLToPath(new URL("./fixtures/modules-loaded.mjs", import.meta.url));
const fakerSpec = fileURLToPath(new URL("./fixtures/faker-spec.json", import.meta.url));

interface StepResult {
  status: number;
  body: unknown;
  fakerFiles: number;
}

it("loads faker only once a spec asks for faker data", async () => {
  const steps = [
    { specPath: "", path: "/virtual_numbers", dynamic: false },
    { specPath: "", path: "/projects/1", dynamic: true },
    { specPath: fakerSpec, path: "/people/1", dynamic: true },
  ];
  const { stdout } = await promisify(execFile)(process.execPath, [probe, ...steps.map((step) => JSON.stringify(step))]);
  const [examples, generated, userSpec] = stdout.trim().split("\n").map((line) => JSON.parse(line) as StepResult);
  expect([examples?.status, generated?.status, userSpec?.status]).toEqual([200, 200, 200]);
  expect(generated?.body).toMatchObject({ data: { id: expect.any(Number) } });
  // One entry is the stand-in, cached under the path of faker's entry point; the real faker is some 2,000 files.
  expect([examples?.fakerFiles, generated?.fakerFiles]).toEqual([1, 1]);
  expect(userSpec?.body).toMatchObject({ email: expect.stringMatching(/^\S+@\S+\.\S+$/) });
  expect(userSpec?.fakerFiles).toBeGreaterThan(100);
});
