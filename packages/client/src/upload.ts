import type { FetchResponse } from "openapi-fetch";
import type { IdentityCallClient, IdentityCallThrowingClient, ThrownResult } from "./client-types.js";
import type { components, paths } from "./generated/schema.js";
import { IDEMPOTENCY_KEYS } from "./generated/idempotency.js";
import { IdentityCallConfigError, type RequestPolicy } from "./options.js";

/** The form field the spec declares as the upload's idempotency key: a repeat returns the recording it made. */
const IDEMPOTENCY_FIELD = IDEMPOTENCY_KEYS["POST /recordings"];

type UploadForm = components["schemas"]["RecordingUpload"];
/** What `client.POST("/recordings", …)` resolves to. */
type UploadResult = FetchResponse<paths["/recordings"]["post"], { body: UploadForm }, `${string}/${string}`>;

/** Audio for an upload: a `Blob`/`File`, bytes, a web or Node stream, or (in Node, Bun and Deno) a file path. */
export type UploadFile = Blob | ArrayBuffer | ArrayBufferView | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array | string> | string;

/** The upload form, typed from the spec, with `file` taking any {@link UploadFile}. */
export interface RecordingUploadInput extends Omit<UploadForm, "file"> {
  file: UploadFile;
  /** File name sent with the audio; defaults to the File's or path's name, else `recording`. */
  filename?: string;
}

/** Reads a file from disk where the runtime can (Node ≥ 20.16, Bun, Deno); no import, so browser bundles stay clean. */
async function readPath(path: string): Promise<Blob> {
  type Fs = { promises: { readFile(path: string): Promise<Uint8Array> } };
  const fs = (globalThis as { process?: { getBuiltinModule?(id: string): Fs } }).process?.getBuiltinModule?.("fs");
  if (!fs) throw new IdentityCallConfigError("File paths need Node >= 20.16, Bun or Deno: pass a Blob, bytes or a stream");
  // Node's own error (ENOENT …, with the path) says best what is wrong with the path.
  return new Blob([(await fs.promises.readFile(path)) as BlobPart]);
}

/** Turns any accepted input into a Blob, read once so that a retried upload sends the same bytes. */
export async function toBlob(file: UploadFile): Promise<Blob> {
  if (file instanceof Blob) return file;
  if (typeof file === "string") return readPath(file);
  if ((file as Partial<AsyncIterable<unknown>>)?.[Symbol.asyncIterator]) {
    const parts: BlobPart[] = [];
    for await (const chunk of file as AsyncIterable<BlobPart>) parts.push(chunk);
    return new Blob(parts);
  }
  // Bytes, and web streams where they are not async iterable (some browsers).
  if (file instanceof ArrayBuffer || ArrayBuffer.isView(file) || file instanceof ReadableStream) return new Response(file as BodyInit).blob();
  throw new IdentityCallConfigError("file must be a Blob, bytes, a stream or a file path");
}

/**
 * Uploads a recording (`POST /recordings`, multipart). With `external_id` the upload is retried like a GET,
 * since the API returns the existing recording for a repeated (`project_id`, `external_id`).
 */
export function uploadRecording(
  client: IdentityCallThrowingClient,
  input: RecordingUploadInput,
  options?: RequestPolicy & { signal?: AbortSignal },
): Promise<ThrownResult<UploadResult>>;
export function uploadRecording(
  client: IdentityCallClient,
  input: RecordingUploadInput,
  options?: RequestPolicy & { signal?: AbortSignal },
): Promise<UploadResult>;
export async function uploadRecording(
  client: IdentityCallClient | IdentityCallThrowingClient,
  { file, filename, ...fields }: RecordingUploadInput,
  options: RequestPolicy & { signal?: AbortSignal } = {},
): Promise<unknown> {
  const blob = await toBlob(file);
  const form = new FormData();
  form.append("file", blob, filename || (blob as File).name || (typeof file === "string" && file.split(/[\\/]/).pop()) || "recording");
  for (const [key, value] of Object.entries(fields)) if (value != null) form.append(key, String(value));
  return (client as IdentityCallClient).POST("/recordings", {
    ...options,
    body: form as unknown as UploadForm,
    idempotent: fields[IDEMPOTENCY_FIELD] != null,
  });
}
