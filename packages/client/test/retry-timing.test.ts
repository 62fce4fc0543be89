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
  const upload = new FormData();
  upload.append("external_id", "crm-42");

  it.each(["GET", "HEAD", "PUT", "DELETE"])("allows %s", (method) => {
    expect(isRepeatable(method, "https://x.test/api/v1/public/anything", undefined)).toBe(true);
  });

  it.each([
    ["POST", "https://x.test/api/v1/public/operators", upload],
    ["POST", "https://x.test/api/v1/public/recordings", new FormData()],
    ["POST", "https://x.test/api/v1/public/recordings", undefined],
    ["PATCH", "https://x.test/api/v1/public/recordings", upload],
    ["POST", "https://x.test/api/v1/public/recordings/1", upload],
  ])("refuses %s %s without an idempotency key", (method, url, form) => {
    expect(isRepeatable(method, url, form)).toBe(false);
  });

  it("allows the recording upload with external_id, query string or not", () => {
    expect(isRepeatable("POST", "https://x.test/api/v1/public/recordings?x=1", upload)).toBe(true);
  });
});
