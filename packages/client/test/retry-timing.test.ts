import { describe, expect, it } from "vitest";
import { parseRetryAfter } from "../src/retry-after.js";
import { backoffDelay, isRepeatable } from "../src/retry.js";

describe("parseRetryAfter", () => {
  const now = Date.parse("2026-04-15T10:00:00Z");

  it.each([
    ["0", 0],
    ["1", 1_000],
    [" 120 ", 120_000],
    ["Wed, 15 Apr 2026 10:00:30 GMT", 30_000],
    ["Wed, 15 Apr 2026 09:59:00 GMT", 0],
  ])("reads %j as %i ms", (value, ms) => {
    expect(parseRetryAfter(value, now)).toBe(ms);
  });

  it.each([null, "", "soon", "-5", "1.5"])("gives undefined for %j", (value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined();
  });
});

describe("backoffDelay", () => {
  it("doubles from the base on each retry, without jitter at random = 0", () => {
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, 500, 8_000, 0))).toEqual([500, 1_000, 2_000, 4_000]);
  });

  it("is capped, and jitter takes off at most a quarter", () => {
    expect(backoffDelay(10, 500, 8_000, 0)).toBe(8_000);
    expect(backoffDelay(1, 500, 8_000, 0.999_999)).toBe(375);
  });
});

describe("isRepeatable", () => {
  it.each(["GET", "HEAD", "PUT", "DELETE"])("allows %s", (method) => {
    expect(isRepeatable(method, undefined)).toBe(true);
  });

  it.each(["POST", "PATCH"])("refuses %s unless the caller says it carries an idempotency key", (method) => {
    expect(isRepeatable(method, undefined)).toBe(false);
    expect(isRepeatable(method, false)).toBe(false);
    expect(isRepeatable(method, true)).toBe(true);
  });
});
