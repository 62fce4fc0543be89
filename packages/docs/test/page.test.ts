import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const html = readFileSync(new URL("../dist/index.html", import.meta.url), "utf8");
const spec = JSON.parse(readFileSync(new URL("../../../spec/dist/openapi.json", import.meta.url), "utf8")) as {
  paths: Record<string, Record<string, { summary?: string }>>;
};

describe("the built reference page", () => {
  it("is one HTML file that loads no script or stylesheet from elsewhere", () => {
    expect(html.startsWith("<!DOCTYPE html>") || html.startsWith("<!doctype html>")).toBe(true);
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+rel="stylesheet"[^>]+href="https?:/i);
  });

  it("embeds every operation of the bundled spec", () => {
    const summaries = Object.values(spec.paths).flatMap((item) => Object.values(item).map((op) => op.summary));
    expect(summaries.length).toBeGreaterThan(0);
    for (const summary of summaries) expect(html).toContain(summary);
  });
});
