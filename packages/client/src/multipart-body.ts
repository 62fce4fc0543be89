// The upload's multipart body, written by hand so that the file is never held: a Blob (a file on disk is a
// file-backed Blob) is sent as a Blob of the form's parts, read as it goes and read again for a retry; a stream is
// sent as a stream, once. The boundary is fixed per upload, so a retry's body matches the Content-Type sent.
const encoder = new TextEncoder();

/** A boundary no audio is likely to contain: 24 random bytes in hex. */
export function newBoundary(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return `IdentityCall-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("")}`;
}

/** A name or file name as multipart headers quote it (the WHATWG form encoding's escapes). */
const quoted = (text: string) => `"${text.replace(/"/g, "%22").replace(/\r/g, "%0D").replace(/\n/g, "%0A")}"`;

export interface FormParts {
  /** The text fields and the file part's headers: everything before the file's bytes. */
  head: string;
  /** What follows the file's bytes. */
  tail: string;
}

/** Text fields first (a server can check them before the audio arrives), then the file. */
export function formParts(boundary: string, fields: [string, string][], file: { filename: string; type: string }): FormParts {
  const text = fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name=${quoted(name)}\r\n\r\n${value}\r\n`);
  const fileHead =
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename=${quoted(file.filename)}\r\n` +
    `Content-Type: ${file.type || "application/octet-stream"}\r\n\r\n`;
  return { head: text.join("") + fileHead, tail: `\r\n--${boundary}--\r\n` };
}

/** Upload progress: bytes of the request body handed to the connection so far, and the total when known. */
export interface UploadProgress {
  sent: number;
  total: number | undefined;
}

/** How much of a Blob is read at a time: a Blob's own stream hands out an in-memory Blob as one chunk. */
const SLICE_BYTES = 1024 * 1024;

/** A Blob as a stream of slices, each read only when the one before has gone out. */
function slicesOf(blob: Blob): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (offset >= blob.size) return controller.close();
      const slice = blob.slice(offset, offset + SLICE_BYTES);
      offset += SLICE_BYTES;
      controller.enqueue(new Uint8Array(await slice.arrayBuffer()));
    },
  }, { highWaterMark: 0 });
}

/**
 * The body as a stream of `parts` (strings and Blobs are read in turn, a stream is passed through), counting what
 * goes out for `onProgress`.
 */
export function streamOf(
  parts: (string | Blob | ReadableStream<Uint8Array>)[],
  total: number | undefined,
  onProgress?: (progress: UploadProgress) => void,
): ReadableStream<Uint8Array> {
  let sent = 0;
  let index = 0;
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  const emit = (chunk: Uint8Array, controller: ReadableStreamDefaultController<Uint8Array>) => {
    controller.enqueue(chunk);
    sent += chunk.byteLength;
    onProgress?.({ sent, total });
  };
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      for (;;) {
        if (reader) {
          const { done, value } = await reader.read();
          if (!done) return emit(typeof value === "string" ? encoder.encode(value) : value, controller);
          reader = undefined;
        }
        const part = parts[index++];
        if (part === undefined) return controller.close();
        if (typeof part === "string") return emit(encoder.encode(part), controller);
        reader = (part instanceof Blob ? slicesOf(part) : part).getReader();
      }
    },
    cancel(reason) {
      return reader?.cancel(reason);
    },
  });
}
