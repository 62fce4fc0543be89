import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSpec } from "@identitycall/openapi/model/node";
import { BUNDLED_SPEC_PATH, startMockServer, type MockServer } from "../dist/index.js";

const auth = { Authorization: "Bearer idc_0123456789abcdefghijklmnopqrstuv" };
const spec = loadSpec(BUNDLED_SPEC_PATH);
const example = (name: string) => spec.namedExample(name);

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer();
});
afterAll(() => mock.close());

/** The problems in an error body, in either documented shape: `{ errors: [...] }` or `{ error: "a; b" }`. */
const problems = (body: Record<string, unknown>) =>
  Array.isArray(body["errors"]) ? (body["errors"] as string[]) : String(body["error"]).split("; ");

let counter = 0;
function form(fields: Record<string, string | undefined> = {}, file: Blob | null = new Blob([new Uint8Array([1, 2, 3])], { type: "audio/wav" })) {
  const body = new FormData();
  if (file) body.append("file", file, "call.wav");
  const defaults = { project_id: "42", external_id: `call-${++counter}`, language: "en" };
  for (const [name, value] of Object.entries({ ...defaults, ...fields })) if (value !== undefined) body.append(name, value);
  return body;
}

async function upload(body: FormData | string, headers: Record<string, string> = auth) {
  const response = await fetch(`${mock.url}/recordings`, { method: "POST", body, headers });
  return { status: response.status, type: response.headers.get("content-type"), body: (await response.json()) as Record<string, unknown> };
}

describe("POST /recordings (multipart, answered by the mock's own handler)", () => {
  it("answers 201 with the new recording, pending, in the documented shape; it then reads back and leads the list", async () => {
    const answer = await upload(form({ external_id: "crm-new", name: "Intake call" }));
    expect(answer.status).toBe(201);
    expect(answer.type).toBe("application/json");
    const created = answer.body["data"] as Record<string, unknown>;
    expect(Object.keys(created).sort()).toEqual(Object.keys((example("RecordingUploaded") as { data: object }).data).sort());
    expect(created).toMatchObject({ status: "pending", project_id: 42, external_id: "crm-new", name: "Intake call" });
    const detail = (await fetch(`${mock.url}/recordings/${String(created["public_id"])}`, { headers: auth }).then((r) => r.json())) as { data: object };
    expect(detail.data).toMatchObject({ id: created["id"], status: "pending", duration_ms: null });
    const list = (await fetch(`${mock.url}/recordings?per_page=1`, { headers: auth }).then((r) => r.json())) as { data: object[] };
    expect(list.data[0]).toMatchObject({ id: created["id"], goal_achievement: null, speakers: [] });
  });

  it("answers 200 with the existing recording when the same project_id + external_id comes again", async () => {
    const first = await upload(form({ external_id: "crm-7" }));
    expect(first.status).toBe(201);
    const repeat = await upload(form({ external_id: "crm-7" }));
    expect(repeat.status).toBe(200);
    expect((repeat.body["data"] as { id: number }).id).toBe((first.body["data"] as { id: number }).id);
    // Another project with the same external_id is a different recording.
    expect((await upload(form({ external_id: "crm-7", project_id: "43" }))).status).toBe(201);
  });

  it("remembers idempotency keys per server, not across servers", async () => {
    const other = await startMockServer();
    try {
      await upload(form({ external_id: "shared" }));
      const response = await fetch(`${other.url}/recordings`, { method: "POST", body: form({ external_id: "shared" }), headers: auth });
      expect(response.status).toBe(201);
    } finally {
      await other.close();
    }
  });

  it("answers 400 naming the missing file part", async () => {
    const answer = await upload(form({}, null));
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ error: "file is required" });
  });

  it("answers 422 listing every field that breaks the schema", async () => {
    const answer = await upload(form({ project_id: "forty-two", external_id: "" }));
    expect(answer.status).toBe(422);
    const errors = problems(answer.body);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^project_id is not acceptable: project_id must be a whole number, got "forty-two"/);
    expect(errors[1]).toBe("external_id must be at least 1 characters long");
  });

  it("answers 422 for an audio type the spec's encoding does not accept", async () => {
    const answer = await upload(form({}, new Blob(["%PDF"], { type: "application/pdf" })));
    expect(answer.status).toBe(422);
    expect(problems(answer.body)[0]).toMatch(/^file is application\/pdf, which is not an accepted type \(audio\/mpeg, /);
  });

  it("answers 400 for a body that is not multipart", async () => {
    const answer = await upload(JSON.stringify({ file: "x" }), { ...auth, "content-type": "application/json" });
    expect(answer.status).toBe(400);
    expect(answer.body["error"]).toContain('Send the upload as multipart/form-data; the request\'s Content-Type was "application/json"');
  });

  it("answers 401 with the documented body when no Authorization header is sent", async () => {
    const answer = await upload(form(), {});
    expect(answer.status).toBe(401);
    expect(answer.body).toEqual(example("ErrorInvalidKey"));
  });

  it("answers whatever documented status and example a Prefer header asks for", async () => {
    const forbidden = await upload(form(), { ...auth, Prefer: "code=403, example=projectMismatch" });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body).toEqual(example("ErrorRecordingProjectMismatch"));
    const legacy = await upload(form(), { ...auth, Prefer: "code=201, example=legacy" });
    expect(legacy.body).toEqual(example("RecordingUploadedLegacy"));
  });

  it("refuses an undocumented Prefer code with a 404 problem that lists the documented ones", async () => {
    const answer = await upload(form(), { ...auth, Prefer: "code=418" });
    expect(answer.status).toBe(404);
    expect(answer.type).toBe("application/problem+json");
    expect(answer.body["detail"]).toBe("createRecording documents no 418 response; ask for one of 200, 201, 400, 401, 403, 422, 429, 500");
  });

  it("still passes every other request to Prism", async () => {
    const response = await fetch(`${mock.url}/recordings`, { headers: auth });
    expect(response.status).toBe(200);
    expect(await response.json()).toHaveProperty("data");
  });
});
