import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import {
  ConnectionError,
  createIdentityCallClient,
  IdentityCallConfigError,
  TimeoutError,
  uploadRecording,
  ValidationError,
  type UploadFile,
} from "../src/index.js";
import { KEY, inTurn, serve, status } from "./helpers.js";
import { startLocalServer, type RecordedRequest } from "./local-server.js";
import { expectSameBytes } from "./same-bytes.js";

const AUDIO = new Uint8Array(Array.from({ length: 70_000 }, (_, i) => (i * 7) % 256));
const created = { data: { public_id: "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b", status: "pending" } };

/** The multipart form a recorded request carried, parsed the standard way. */
async function formOf(request: RecordedRequest): Promise<FormData> {
  return new Response(new Uint8Array(request.body), { headers: { "content-type": request.headers["content-type"] ?? "" } }).formData();
}

async function bytesOf(form: FormData): Promise<Uint8Array> {
  return new Uint8Array(await (form.get("file") as File).arrayBuffer());
}

describe("uploadRecording", () => {
  const audioDir = mkdtempSync(join(tmpdir(), "idc-upload-"));
  const audioPath = join(audioDir, "support-call.mp3");
  writeFileSync(audioPath, AUDIO);
  afterAll(() => rmSync(audioDir, { recursive: true, force: true }));

  it.each<[string, () => UploadFile, string]>([
    ["a Blob", () => new Blob([AUDIO], { type: "audio/mpeg" }), "recording"],
    ["a File, keeping its name", () => new File([AUDIO], "sales.mp3", { type: "audio/mpeg" }), "sales.mp3"],
    ["an ArrayBuffer", () => AUDIO.slice().buffer, "recording"],
    ["a Uint8Array", () => AUDIO, "recording"],
    ["a Node Buffer", () => Buffer.from(AUDIO), "recording"],
    ["a file path, naming the file after it", () => audioPath, "support-call.mp3"],
    ["a Node stream", () => Readable.from([AUDIO.subarray(0, 1000), AUDIO.subarray(1000)]), "recording"],
    ["a web ReadableStream", () => new Blob([AUDIO]).stream(), "recording"],
    [
      "an async iterable of chunks",
      () =>
        (async function* () {
          yield AUDIO.subarray(0, 10);
          yield AUDIO.subarray(10);
        })(),
      "recording",
    ],
  ])("sends %s intact, with the form fields", async (_kind, makeFile, filename) => {
    const server = await serve(status(201, created));
    const client = createIdentityCallClient({ apiKey: KEY, baseUrl: server.url });
    const { data, response } = await uploadRecording(client, {
      file: makeFile(),
      project_id: 12,
      external_id: "crm-call-991",
      language: "de",
      name: "Support call",
    });
    expect(response.status).toBe(201);
    expect(data?.data.status).toBe("pending");
    const request = server.requests[0]!;
    expect(request.method).toBe("POST");
    expect(request.url).toBe("/recordings");
    expect(request.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    const form = await formOf(request);
    expectSameBytes(await bytesOf(form), AUDIO);
    expect((form.get("file") as File).name).toBe(filename);
    expect(Object.fromEntries([...form].filter(([k]) => k !== "file"))).toEqual({
      project_id: "12",
      external_id: "crm-call-991",
      language: "de",
      name: "Support call",
    });
  });

  it("uses the filename given, and leaves out fields that are not set", async () => {
    const server = await serve(status(201, created));
    const client = createIdentityCallClient({ apiKey: KEY, baseUrl: server.url });
    await uploadRecording(client, { file: AUDIO, filename: "call.wav", name: undefined });
    const form = await formOf(server.requests[0]!);
    expect([...form.keys()]).toEqual(["file"]);
    expect((form.get("file") as File).name).toBe("call.wav");
  });

  it.each<[string, () => UploadFile]>([
    ["a file path (read from disk again)", () => audioPath],
    ["a Blob", () => new Blob([AUDIO])],
    ["bytes", () => AUDIO],
  ])("retries %s with external_id, sending the same file each time", async (_kind, makeFile) => {
    const server = await serve(inTurn(status(503), status(201, created)));
    const client = createIdentityCallClient({ apiKey: KEY, baseUrl: server.url, retryDelayMs: 1 });
    const { response } = await uploadRecording(client, { file: makeFile(), external_id: "crm-1", project_id: 1 });
    expect(response.status).toBe(201);
    expect(server.requests).toHaveLength(2);
    for (const request of server.requests) {
      expectSameBytes(await bytesOf(await formOf(request)), AUDIO);
      expect(request.headers["content-length"]).toBe(String(request.body.byteLength));
    }
    expect(server.requests[1]!.headers["content-type"]).toBe(server.requests[0]!.headers["content-type"]);
  });

  it("sends a stream once and does not retry it, even with external_id: it cannot be read again", async () => {
    const server = await serve(inTurn(status(503), status(201, created)));
    const client = createIdentityCallClient({ apiKey: KEY, baseUrl: server.url, retryDelayMs: 1 });
    const { response } = await uploadRecording(client, { file: Readable.from([AUDIO]), external_id: "crm-1", project_id: 1 });
    expect(response.status).toBe(503);
    expect(server.requests).toHaveLength(1);
    expectSameBytes(await bytesOf(await formOf(server.requests[0]!)), AUDIO);
  });

  it("reports progress up to the whole body, with the total for a file and without one for a stream", async () => {
    const server = await serve(status(201, created));
    const client = createIdentityCallClient({ apiKey: KEY, baseUrl: server.url });
    const fromFile: { sent: number; total: number | undefined }[] = [];
    await uploadRecording(client, { file: audioPath, project_id: 1 }, { onProgress: (p) => fromFile.push(p) });
    const size = server.requests[0]!.body.byteLength;
    expect(server.requests[0]!.headers["content-length"]).toBe(String(size));
    expect(fromFile.at(-1)).toEqual({ sent: size, total: size });
    expect(fromFile.map((p) => p.sent)).toEqual([...fromFile.map((p) => p.sent)].sort((a, b) => a - b));
    const fromStream: { sent: number; total: number | undefined }[] = [];
    await uploadRecording(client, { file: Readable.from([AUDIO]), project_id: 1 }, { onProgress: (p) => fromStream.push(p) });
    expect(fromStream.at(-1)).toEqual({ sent: server.requests[1]!.body.byteLength, total: undefined });
  });

  it("does not retry without external_id", async () => {
    const server = await serve(inTurn(status(503), status(201, created)));
    const client = createIdentityCallClient({ apiKey: KEY, baseUrl: server.url, retryDelayMs: 1 });
    const { response } = await uploadRecording(client, { file: AUDIO, project_id: 1 });
    expect(response.status).toBe(503);
    expect(server.requests).toHaveLength(1);
  });

  it("throws the typed error in the throwing style, with data typed as present", async () => {
    const server = await serve(status(422, { errors: ["Invalid file type"] }));
    const client = createIdentityCallClient({ apiKey: KEY, baseUrl: server.url, throwOnError: true });
    const error = await uploadRecording(client, { file: AUDIO }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).errors).toEqual(["Invalid file type"]);
  });

  // Progress reports (and audio of 8 MB or more) go out through node:http: the same policies must hold there.
  it("keeps its timeout and typed connection errors when the upload goes out through node:http", async () => {
    const silent = await serve(() => undefined); // takes the body, never answers
    const slow = createIdentityCallClient({ apiKey: KEY, baseUrl: silent.url, timeoutMs: 300, maxRetries: 0 });
    const timedOut = await uploadRecording(slow, { file: AUDIO }, { onProgress: () => {} }).catch((e: unknown) => e);
    expect(timedOut).toBeInstanceOf(TimeoutError);
    const closed = await startLocalServer(() => undefined);
    await closed.close();
    const refused = createIdentityCallClient({ apiKey: KEY, baseUrl: closed.url, maxRetries: 0 });
    const failed = await uploadRecording(refused, { file: AUDIO }, { onProgress: () => {} }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(ConnectionError);
    expect((failed as Error).message).toMatch(/ECONNREFUSED/);
  });

  it("refuses what is not audio input, before any request", async () => {
    const server = await serve(status(201, created));
    const client = createIdentityCallClient({ apiKey: KEY, baseUrl: server.url });
    await expect(uploadRecording(client, { file: 42 as unknown as UploadFile })).rejects.toThrow(
      new IdentityCallConfigError("file must be a Blob, bytes, a stream or a file path"),
    );
    await expect(uploadRecording(client, { file: join(tmpdir(), "no-such-call.mp3") })).rejects.toThrow(/Cannot read the file to upload, .*no-such-call\.mp3: /);
    expect(server.requests).toHaveLength(0);
  });
});
