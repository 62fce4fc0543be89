import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../dist/index.js";

// A spec of its own, so every kind of form check is exercised whatever the bundled spec's upload holds today.
const specPath = fileURLToPath(new URL("./fixtures/form-spec.json", import.meta.url));
const auth = { Authorization: "Bearer idc_0123456789abcdefghijklmnopqrstuv" };

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ specPath });
});
afterAll(() => mock.close());

async function put(fields: Record<string, string>, file: Blob | string | null = new Blob(["RIFF"], { type: "audio/wav" })) {
  const body = new FormData();
  if (typeof file === "string") body.append("file", file);
  else if (file) body.append("file", file, "a.wav");
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  const response = await fetch(`${mock.url}/uploads/inbox`, { method: "PUT", body, headers: auth });
  return { status: response.status, body: (await response.json()) as { errors?: string[]; stored?: boolean } };
}

describe("form checks read from the multipart schema (any multipart operation, any path template)", () => {
  it("accepts a form that fits, text read as the declared types", async () => {
    expect(await put({ mood: "calm", count: "3", ratio: "0.5", public: "true" })).toEqual({ status: 201, body: { stored: true } });
  });

  it("names every problem: enum, integer, range, number, boolean", async () => {
    const answer = await put({ mood: "sleepy", count: "9", ratio: "half", public: "yes" });
    expect(answer.status).toBe(422);
    expect(answer.body.errors).toEqual([
      'mood must be one of "calm", "angry", got "sleepy"',
      "count must be at most 5, got 9",
      'ratio must be a number, got "half"',
      'public must be true or false, got "yes"',
    ]);
  });

  it("answers 422 for a missing required field when no 400 is documented", async () => {
    const answer = await put({}, null);
    expect(answer.status).toBe(422);
    expect(answer.body.errors).toEqual(["file is required", "mood is required"]);
  });

  it("wants the file as a file part of an accepted type", async () => {
    expect((await put({ mood: "calm" }, "just text")).body.errors).toEqual([
      "file must be sent as a file part (a form field with a filename), not as text",
    ]);
    expect((await put({ mood: "calm" }, new Blob(["x"], { type: "audio/mpeg" }))).body.errors).toEqual([
      "file is audio/mpeg, which is not an accepted type (audio/wav)",
    ]);
  });

  it("refuses a text field sent as a file part", async () => {
    const body = new FormData();
    body.append("file", new Blob(["RIFF"], { type: "audio/wav" }), "a.wav");
    body.append("mood", new Blob(["calm"]), "mood.txt");
    const response = await fetch(`${mock.url}/uploads/inbox`, { method: "PUT", body, headers: auth });
    expect(await response.json()).toEqual({ errors: ["mood must be a text field, not a file part"] });
  });
});
