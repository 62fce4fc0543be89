// Checks on the built HTML file itself: self-contained, themed, and carrying every operation with its samples.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { operations } from "./spec.js";
import { PAGE_PATH } from "./static-server.js";

const html = readFileSync(PAGE_PATH, "utf8");

/** The definition Redoc hydrates from, embedded in the page as `const __redoc_definition = {...};`. */
function embeddedDefinition() {
  const match = /const __redoc_definition = (\{.*?\});\n/s.exec(html);
  if (!match) throw new Error("the page has no embedded __redoc_definition: did the Redoc template change?");
  return JSON.parse(match[1]!) as {
    info: { "x-logo"?: { url: string } };
    paths: Record<string, Record<string, { operationId?: string; "x-codeSamples"?: { label: string; source: string }[] }>>;
  };
}

describe("the built reference page", () => {
  it("is one HTML file that loads no script, stylesheet or font from elsewhere", () => {
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+rel="(stylesheet|modulepreload|preload)"/i);
    // Stylesheets and style attributes only: scripts may well say `new URL("https://…")` without loading anything.
    const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)].map((match) => match[1]).join("\n");
    expect(styles).not.toMatch(/@import|url\(\s*['"]?https?:/i);
    expect(html).not.toMatch(/style="[^"]*url\(\s*['"]?https?:/i);
  });

  it("carries the request console (the spec it reads, its styles and script) within 100 kB gzipped", () => {
    const start = html.indexOf('<script type="application/json" id="identitycall-console-spec">');
    expect(start, "no request console in the page").toBeGreaterThan(0);
    const consolePart = html.slice(start, html.lastIndexOf("</body>"));
    const spec = JSON.parse(/<script type="application\/json" id="identitycall-console-spec">(.*?)<\/script>/s.exec(consolePart)![1]!);
    expect(Object.keys(spec.paths).length).toBeGreaterThan(0);
    const gzipped = gzipSync(consolePart, { level: 9 }).byteLength;
    console.log(`request console: ${consolePart.length} B, ${gzipped} B gzipped`);
    expect(gzipped).toBeLessThanOrEqual(100_000);
  });

  it("no longer names the CDN Redoc loads its footer logo from", () => {
    expect(html).not.toContain("cdn.redoc.ly");
  });

  it("shows our logo and favicon from data: URIs", () => {
    expect(embeddedDefinition().info["x-logo"]?.url).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(html).toMatch(/<link rel="icon" href="data:image\/svg\+xml;base64,/);
  });

  it("sets our colours and a system monospace font", () => {
    expect(html).toContain("--color-primary-base: #0B6E69;");
    expect(html).toMatch(/--font-family-monospaced: ui-monospace,[^;]*monospace;/);
  });

  it("embeds every operation of the bundled spec with a cURL and a TypeScript sample", () => {
    const definition = embeddedDefinition();
    for (const operation of operations) {
      const samples = definition.paths[operation.path]?.[operation.method.toLowerCase()]?.["x-codeSamples"] ?? [];
      expect(samples.map((s) => s.label), operation.operationId).toEqual(["cURL", "TypeScript"]);
      const committed = readFileSync(new URL(`../samples/${operation.operationId}.ts`, import.meta.url), "utf8");
      expect(samples[1]?.source, `${operation.operationId} shows the committed TypeScript sample`).toBe(committed);
    }
  });
});
