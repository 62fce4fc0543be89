import { expect } from "vitest";

/** How many bytes from the first difference a failure shows: enough to see the shift, short enough to read. */
const SHOWN = 16;

function firstDifference(actual: Uint8Array, expected: Uint8Array): number {
  const shorter = Math.min(actual.length, expected.length);
  for (let i = 0; i < shorter; i++) if (actual[i] !== expected[i]) return i;
  return shorter;
}

/**
 * Asserts that two byte arrays hold exactly the same bytes.
 *
 * `expect(bytes).toEqual(expected)` walks a typed array element by element through Vitest's generic deep
 * equality: ~0.5 s for 70 kB, several seconds per file on a busy machine. `Buffer.equals` compares natively;
 * only on a mismatch do we build a small diff, of the length and the bytes where the two part ways.
 */
export function expectSameBytes(actual: Uint8Array, expected: Uint8Array): void {
  const view = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view(actual).equals(view(expected))) return;
  const at = firstDifference(actual, expected);
  const around = (bytes: Uint8Array) => ({ length: bytes.length, [`bytes from index ${at}`]: [...bytes.subarray(at, at + SHOWN)] });
  expect(around(actual)).toEqual(around(expected));
}
