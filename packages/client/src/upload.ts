import type { FetchResponse } from "openapi-fetch";
import type { IdentityCallClient, IdentityCallThrowingClient, Media, ThrownResult } from "./client-types.js";
import type { components, paths } from "./generated/schema.js";
import { IDEMPOTENCY_KEYS } from "./generated/idempotency.js";
import { formParts, newBoundary, streamOf, type UploadProgress } from "./multipart-body.js";
import { streamingTransport } from "./node-transport.js";
import { IdentityCallConfigError, type RequestPolicy, type SingleRequestPolicy } from "./options.js";

/** The form field the spec declares as the upload's idempotency key: a repeat returns the recording it made. */
const IDEMPOTENCY_FIELD = IDEMPOTENCY_KEYS["POST /recordings"];

type UploadForm = components["schemas"]["RecordingUpload"];
/** What `client.POST("/recordings", …)` resolves to. */
type UploadResult = FetchResponse<paths["/recordings"]["post"], { body: UploadForm }, Media>;

/** Audio for an upload: a `Blob`/`File`, bytes, a web or Node stream, or (in Node, Bun and Deno) a file path. */
export type UploadFile = Blob | ArrayBuffer | ArrayBufferView | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array | string> | string;

/** The form's text fields, each optional (the spec requires only the file), `undefined` allowed to leave one out. */
type UploadFields = { [K in keyof Omit<UploadForm, "file">]?: UploadForm[K] | undefined };

/** The upload form, typed from the spec, with `file` taking any {@link UploadFile}. */
export interface RecordingUploadInput extends UploadFields {
  file: UploadFile;
  /** File name sent with the audio; defaults to the File's or path's name, else `recording`. */
  filename?: string | undefined;
}

/** From this size on, audio in Node, Bun and Deno goes out through node:http rather than fetch. */
const LARGE_AUDIO_BYTES = 8 * 1024 * 1024;

type Fs = {
  openAsBlob?(path: string): Promise<Blob>;
  promises: { readFile(path: string): Promise<Uint8Array> };
};

/**
 * A file on disk as a Blob read only when sent, and read again for a retry (Node's `fs.openAsBlob`); where the
 * runtime lacks it, the file's bytes. No import, so browser bundles stay clean.
 */
async function pathBlob(path: string): Promise<Blob> {
  const fs = (globalThis as { process?: { getBuiltinModule?(id: string): Fs } }).process?.getBuiltinModule?.("fs");
  if (!fs) throw new IdentityCallConfigError("File paths need Node >= 20.16, Bun or Deno: pass a Blob, bytes or a stream");
  try {
    if (fs.openAsBlob) return await fs.openAsBlob(path);
    return new Blob([(await fs.promises.readFile(path)) as BlobPart]);
  } catch (cause) {
    // Node's own words (ENOENT, EACCES…) say what is wrong; its openAsBlob error does not name the file.
    throw new IdentityCallConfigError(`Cannot read the file to upload, ${path}: ${(cause as Error).message}`, { cause });
  }
}

/** An async iterable (a Node stream, a generator) as a web stream, pulled only as fast as it is sent. */
function streamFromIterable(iterable: AsyncIterable<Uint8Array | string>): ReadableStream<Uint8Array> {
  const iterator = iterable[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(typeof value === "string" ? encoder.encode(value) : value);
    },
    async cancel(reason) {
      await iterator.return?.(reason);
    },
  });
}

/** The audio to send: a Blob, which can be read again for a retry, or a stream, which is sent once. */
export async function audioSource(file: UploadFile): Promise<Blob | ReadableStream<Uint8Array>> {
  if (file instanceof Blob) return file;
  if (typeof file === "string") return pathBlob(file);
  if (file instanceof ArrayBuffer || ArrayBuffer.isView(file)) return new Blob([file as BlobPart]);
  if (file instanceof ReadableStream) return file;
  if ((file as Partial<AsyncIterable<unknown>>)?.[Symbol.asyncIterator]) return streamFromIterable(file as AsyncIterable<Uint8Array | string>);
  throw new IdentityCallConfigError("file must be a Blob, bytes, a stream or a file path");
}

/** Options of one upload: the request's policies, a signal, and progress reports. */
export interface UploadOptions extends RequestPolicy {
  signal?: AbortSignal | undefined;
  /**
   * Called as the body goes out, with bytes sent and the total when known (it is unknown for a stream). A retry
   * starts again from 0. In a browser, asking for progress makes the body a stream, which browsers send only
   * over HTTP/2 (the API's https endpoint; not a plain-http local mock).
   */
  onProgress?: ((progress: UploadProgress) => void) | undefined;
}

/**
 * Uploads a recording (`POST /recordings`, multipart) without holding the audio in memory: a path or Blob is
 * read as it is sent (with its exact Content-Length), a stream is passed through. With the spec's idempotency key
 * (`external_id`) a path, Blob or bytes upload is retried like a GET, reading the audio again, since the API
 * answers a repeat with the recording the first one made; a stream can be read only once, so it is never retried.
 */
export function uploadRecording(
  client: IdentityCallThrowingClient,
  input: RecordingUploadInput,
  options?: UploadOptions,
): Promise<ThrownResult<UploadResult>>;
export function uploadRecording(client: IdentityCallClient, input: RecordingUploadInput, options?: UploadOptions): Promise<UploadResult>;
export async function uploadRecording(
  client: IdentityCallClient | IdentityCallThrowingClient,
  { file, filename, ...fields }: RecordingUploadInput,
  { onProgress, ...options }: UploadOptions = {},
): Promise<unknown> {
  const audio = await audioSource(file);
  const name = filename || (audio as File).name || (typeof file === "string" && file.split(/[\\/]/).pop()) || "recording";
  const boundary = newBoundary();
  const text = Object.entries(fields)
    .filter(([, value]) => value != null)
    .map(([key, value]): [string, string] => [key, String(value)]);
  const { head, tail } = formParts(boundary, text, { filename: name, type: audio instanceof Blob ? audio.type : "" });
  const headers: Record<string, string> = { "Content-Type": `multipart/form-data; boundary=${boundary}` };
  // Large audio in Node, Bun and Deno goes through node:http (see node-transport.ts); small audio, and any audio in
  // a browser, through fetch.
  const transport = !(audio instanceof Blob) || audio.size >= LARGE_AUDIO_BYTES || onProgress ? streamingTransport() : undefined;
  let body: Blob | ReadableStream<Uint8Array>;
  let replayBody: SingleRequestPolicy["replayBody"];
  if (audio instanceof Blob) {
    // Parts of a Blob are referenced, not copied: a file-backed Blob stays on disk until it is sent.
    const whole = new Blob([head, audio, tail]);
    // A Blob body is what fetch sends best (browsers read it as they send; Node's fetch sends an in-memory Blob
    // without copying it); node:http and progress reports take a stream of it.
    if (onProgress || transport) {
      headers["Content-Length"] = String(whole.size);
      replayBody = () => streamOf([whole], whole.size, onProgress);
      body = replayBody();
    } else {
      replayBody = whole;
      body = whole;
    }
  } else {
    body = streamOf([head, audio, tail], undefined, onProgress);
  }
  return (client as IdentityCallClient).POST("/recordings", {
    ...options,
    headers,
    body: body as unknown as UploadForm,
    // The body is ours already: openapi-fetch must pass it on as it is.
    bodySerializer: (value: unknown) => value,
    // A stream body must say so to fetch.
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
    idempotent: replayBody !== undefined && fields[IDEMPOTENCY_FIELD] != null,
    ...(replayBody ? { replayBody } : {}),
    ...(transport ? { transport } : {}),
  } as never);
}
