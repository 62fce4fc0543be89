// Reads a multipart/form-data body as it arrives, without holding it: text fields are kept (they are small),
// file parts are only counted. An upload of any size then costs the mock a few chunks of memory.

/** A file part as the mock needs it for validation: the bytes are counted and dropped. */
export interface ReceivedFile {
  filename: string;
  type: string;
  size: number;
}

/** The parts of a form by field name (the first part of a name wins, as `FormData.get` does). */
export type ReceivedForm = Map<string, string | ReceivedFile>;

export interface MultipartLimits {
  /** The whole body's size limit: past it, reading stops with a `BodyTooLargeError`. */
  maxBodyBytes: number;
  /** A text field's size limit; past it, the body is refused as malformed. */
  maxFieldBytes: number;
}

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`the request body is larger than ${limit} bytes`);
  }
}

export class MalformedMultipartError extends Error {}

const CRLF = Buffer.from("\r\n");
const HEADER_END = Buffer.from("\r\n\r\n");
const MAX_HEADER_BYTES = 16 * 1024;

/** The boundary of a `multipart/form-data` Content-Type, or undefined when it has none. */
export function boundaryOf(contentType: string): string | undefined {
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(contentType);
  return match?.[1] ?? match?.[2];
}

function dispositionParameter(disposition: string, name: string): string | undefined {
  const match = new RegExp(`;\\s*${name}=(?:"((?:[^"\\\\]|\\\\.)*)"|([^;\\s]+))`, "i").exec(disposition);
  const quoted = match?.[1];
  return quoted !== undefined ? quoted.replace(/\\(.)/g, "$1") : match?.[2];
}

interface PartHeaders {
  name: string;
  filename: string | undefined;
  type: string;
}

function parsePartHeaders(block: string): PartHeaders {
  const headers = new Map<string, string>();
  for (const line of block.split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const disposition = headers.get("content-disposition") ?? "";
  const name = dispositionParameter(disposition, "name");
  if (!/^form-data\b/i.test(disposition) || name === undefined) {
    throw new MalformedMultipartError("a part has no Content-Disposition: form-data header with a name");
  }
  return { name, filename: dispositionParameter(disposition, "filename"), type: headers.get("content-type") ?? "" };
}

/**
 * Reads a multipart body from any chunked source (a Node request, a web stream's reader) and returns its
 * fields. The body's delimiter is CRLF + "--" + boundary; a preamble before the first one is skipped.
 */
export async function readMultipart(body: AsyncIterable<Uint8Array>, boundary: string, limits: MultipartLimits): Promise<ReceivedForm> {
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  const form: ReceivedForm = new Map();
  // A leading CRLF lets the first boundary, which may start the body, match the same delimiter as the others.
  let pending: Buffer = Buffer.from(CRLF);
  let state: "preamble" | "after-delimiter" | "headers" | "content" | "done" = "preamble";
  let part: PartHeaders | undefined;
  let text: Buffer[] = [];
  let textBytes = 0;
  let fileBytes = 0;
  let total = 0;

  const takeContent = (bytes: Buffer) => {
    if (!part) return;
    if (part.filename !== undefined) {
      fileBytes += bytes.length;
      return;
    }
    textBytes += bytes.length;
    if (textBytes > limits.maxFieldBytes) {
      throw new MalformedMultipartError(`the text field ${part.name} is longer than ${limits.maxFieldBytes} bytes`);
    }
    text.push(bytes);
  };
  const finishPart = () => {
    if (!part || form.has(part.name)) return;
    form.set(
      part.name,
      part.filename !== undefined
        ? { filename: part.filename, type: part.type, size: fileBytes }
        : Buffer.concat(text).toString("utf8"),
    );
  };

  for await (const chunk of body) {
    total += chunk.length;
    if (total > limits.maxBodyBytes) throw new BodyTooLargeError(limits.maxBodyBytes);
    pending = pending.length === 0 ? Buffer.from(chunk) : Buffer.concat([pending, chunk]);
    for (;;) {
      if (state === "preamble" || state === "content") {
        const at = pending.indexOf(delimiter);
        if (at === -1) {
          // Keep only what could be the start of a delimiter split across chunks.
          const keep = Math.min(pending.length, delimiter.length - 1);
          if (state === "content") takeContent(pending.subarray(0, pending.length - keep));
          pending = pending.subarray(pending.length - keep);
          break;
        }
        if (state === "content") {
          takeContent(pending.subarray(0, at));
          finishPart();
        }
        pending = pending.subarray(at + delimiter.length);
        state = "after-delimiter";
      }
      if (state === "after-delimiter") {
        const lineEnd = pending.indexOf(CRLF);
        if (lineEnd === -1) {
          if (pending.length >= 2 && pending.subarray(0, 2).toString() === "--") state = "done";
          else if (pending.length > 1024) throw new MalformedMultipartError("a boundary line is not followed by a line break");
          if (state !== "done") break;
        } else {
          const rest = pending.subarray(0, lineEnd).toString("latin1");
          if (rest.startsWith("--")) state = "done";
          else if (rest.trim() !== "") throw new MalformedMultipartError("a boundary line carries unexpected characters");
          else {
            pending = pending.subarray(lineEnd + CRLF.length);
            state = "headers";
          }
        }
      }
      if (state === "headers") {
        const end = pending.indexOf(HEADER_END);
        if (end === -1) {
          if (pending.length > MAX_HEADER_BYTES) throw new MalformedMultipartError("a part's headers are longer than 16 kB");
          break;
        }
        part = parsePartHeaders(pending.subarray(0, end).toString("utf8"));
        text = [];
        textBytes = 0;
        fileBytes = 0;
        pending = pending.subarray(end + HEADER_END.length);
        state = "content";
      }
      if (state === "done") {
        pending = Buffer.alloc(0); // the epilogue after the closing boundary is ignored
        break;
      }
    }
  }
  if (state !== "done") throw new MalformedMultipartError("the body ends before its closing boundary");
  return form;
}
