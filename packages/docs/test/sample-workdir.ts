// What the samples need around them when tests run them: a key of the documented shape and a folder holding
// the audio files the upload samples send.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A key of the documented shape; the mock accepts any bearer token. */
export const SAMPLE_API_KEY = `idc_${"0123456789abcdefghijklmnopqrstuv"}`;

/** The files cURL samples upload: `-F "field=@name;..."`. */
export function uploadedFiles(sample: string): string[] {
  return [...sample.matchAll(/=@([^;"\s]+)/g)].map((match) => match[1]!);
}

/** Folder the samples run in, holding a small audio file under each name the given samples upload. */
export function sampleWorkdir(samples: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "docs-samples-"));
  // An MPEG audio frame header is enough for a multipart part; the mock never decodes the audio.
  const audio = Buffer.from([0xff, 0xfb, 0x90, 0x64, ...new Array(413).fill(0)]);
  for (const name of samples.flatMap(uploadedFiles)) writeFileSync(join(dir, name), audio);
  return dir;
}
