import { describe, expect, it } from "vitest";
import { BodyTooLargeError, boundaryOf, MalformedMultipartError, readMultipart } from "../src/upload/multipart-stream.js";

const limits = { maxBodyBytes: 10 * 1024 * 1024, maxFieldBytes: 1024 };

/** A real multipart body, encoded by the platform's own FormData serializer. */
async function encoded(form: FormData): Promise<{ bytes: Uint8Array; boundary: string }> {
  const request = new Request("http://x.invalid/", { method: "POST", body: form });
  const boundary = boundaryOf(request.headers.get("content-type") ?? "");
  if (!boundary) throw new Error("no boundary");
  return { bytes: new Uint8Array(await request.arrayBuffer()), boundary };
}

async function* inChunks(bytes: Uint8Array, size: number) {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

function sampleForm() {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(3000).fill(7)], { type: "audio/wav" }), 'call "one".wav');
  form.append("language", "lt");
  form.append("name", "Skambutis – ąčę");
  form.append("language", "ignored: the first part of a name wins");
  return form;
}

describe("readMultipart", () => {
  it("reads text fields and counts file parts, whatever the chunk boundaries", async () => {
    const { bytes, boundary } = await encoded(sampleForm());
    for (const size of [1, 2, 7, 64, 1000, bytes.length]) {
      const form = await readMultipart(inChunks(bytes, size), boundary, limits);
      expect(form.get("language"), `chunks of ${size}`).toBe("lt");
      expect(form.get("name")).toBe("Skambutis – ąčę");
      // FormData percent-encodes a quote in a filename, as the HTML standard says.
      expect(form.get("file")).toEqual({ filename: "call %22one%22.wav", type: "audio/wav", size: 3000 });
    }
  });

  it("skips a preamble and an epilogue", async () => {
    const body = `ignored preamble\r\n--XyZ\r\nContent-Disposition: form-data; name=a\r\n\r\n1\r\n--XyZ--\r\nepilogue`;
    const form = await readMultipart(inChunks(Buffer.from(body), 5), "XyZ", limits);
    expect([...form]).toEqual([["a", "1"]]);
  });

  it("refuses a body cut short, a part without a name, and an overlong text field", async () => {
    const { bytes, boundary } = await encoded(sampleForm());
    await expect(readMultipart(inChunks(bytes.subarray(0, bytes.length - 10), 100), boundary, limits)).rejects.toThrow(
      new MalformedMultipartError("the body ends before its closing boundary"),
    );
    const nameless = Buffer.from("--b\r\nContent-Disposition: form-data\r\n\r\nx\r\n--b--\r\n");
    await expect(readMultipart(inChunks(nameless, 4), "b", limits)).rejects.toThrow(/no Content-Disposition: form-data header with a name/);
    const long = new FormData();
    long.append("language", "x".repeat(2000));
    const big = await encoded(long);
    await expect(readMultipart(inChunks(big.bytes, 512), big.boundary, limits)).rejects.toThrow(/language is longer than 1024 bytes/);
  });

  it("stops reading at the body limit", async () => {
    const { bytes, boundary } = await encoded(sampleForm());
    await expect(readMultipart(inChunks(bytes, 100), boundary, { ...limits, maxBodyBytes: 1000 })).rejects.toBeInstanceOf(BodyTooLargeError);
  });

  it("finds the boundary of a Content-Type, quoted or not", () => {
    expect(boundaryOf("multipart/form-data; boundary=abc")).toBe("abc");
    expect(boundaryOf('multipart/form-data; charset=utf-8; boundary="a b"')).toBe("a b");
    expect(boundaryOf("multipart/form-data")).toBeUndefined();
  });
});
