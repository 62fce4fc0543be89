// Keeps the guide honest. The TypeScript in "## Testing your integration" of the root README is not written for
// the README: each block is a `// #region guide-…` of a file in this package, quoted verbatim, so it is code that
// compiles (lint) and passes (the tests). A block that matches no region, or a region the README no longer
// quotes, fails here; so does the section when it moves away from its place or carries hand-copied timings.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const root = new URL("../../../", import.meta.url);
const readme = readFileSync(new URL("README.md", root), "utf8");
const infoDescription = readFileSync(new URL("spec/info-description.md", root), "utf8");

/** A Markdown file's `## ` sections, in order, each with its text up to the next one. */
function sections(markdown: string): { heading: string; body: string }[] {
  return markdown
    .split(/^(?=## )/m)
    .filter((part) => part.startsWith("## "))
    .map((part) => ({ heading: part.slice(3, part.indexOf("\n")).trim(), body: part.slice(part.indexOf("\n") + 1) }));
}

/** The fenced code blocks of a Markdown text, with their language. */
function codeBlocks(markdown: string): { lang: string; code: string }[] {
  return [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1]!, code: m[2]!.trimEnd() }));
}

/** Lines without the indentation they all share. */
function dedent(text: string): string {
  const lines = text.replace(/^\n+|\s+$/g, "").split("\n");
  const indent = Math.min(...lines.filter((line) => line.trim()).map((line) => /^ */.exec(line)![0].length));
  return lines.map((line) => line.slice(indent)).join("\n");
}

/** Every `// #region guide-…` of this package's sources and tests, by name, dedented. */
function guideRegions(): Map<string, { file: string; code: string }> {
  const regions = new Map<string, { file: string; code: string }>();
  for (const dir of ["src", "test"]) {
    for (const name of readdirSync(new URL(`../${dir}/`, import.meta.url))) {
      if (!name.endsWith(".ts")) continue;
      const text = readFileSync(new URL(`../${dir}/${name}`, import.meta.url), "utf8");
      for (const m of text.matchAll(/^[ \t]*\/\/ #region (guide-[\w-]+)\n([\s\S]*?)^[ \t]*\/\/ #endregion/gm)) {
        expect(regions.has(m[1]!), `two regions named ${m[1]}`).toBe(false);
        regions.set(m[1]!, { file: `${dir}/${name}`, code: dedent(m[2]!) });
      }
    }
  }
  return regions;
}

const readmeSections = sections(readme);
const guide = readmeSections.find((s) => s.heading === "Testing your integration");

describe('the root README\'s "Testing your integration"', () => {
  it("comes right after the contract tests", () => {
    const headings = readmeSections.map((s) => s.heading);
    expect(headings[headings.indexOf("Contract tests") + 1]).toBe("Testing your integration");
  });

  it("quotes each TypeScript example verbatim from a region of this package, and every region once", () => {
    const regions = guideRegions();
    expect(regions.size).toBeGreaterThanOrEqual(4);
    const blocks = codeBlocks(guide!.body).filter((b) => b.lang === "ts");
    const quoted = blocks.map((block) => {
      const match = [...regions].find(([, region]) => region.code === dedent(block.code));
      expect(match, `no // #region guide-… in src/ or test/ is exactly this README block:\n${block.code}`).toBeDefined();
      return match![0];
    });
    expect([...quoted].sort()).toEqual([...regions.keys()].sort());
  });

  it("shows only TypeScript and shell, and copies no timings by hand", () => {
    expect(codeBlocks(guide!.body).map((b) => b.lang).filter((lang) => lang !== "ts" && lang !== "sh")).toEqual([]);
    const prose = guide!.body.replace(/^```[\s\S]*?^```$/gm, "");
    expect(prose.match(/\b\d+(\.\d+)?\s?(ms|s|seconds?|milliseconds?)\b/g) ?? []).toEqual([]);
  });
});

describe('spec/info-description.md\'s "Testing your integration"', () => {
  it("is the last section, and names the three ways and where they are", () => {
    const last = sections(infoDescription).at(-1)!;
    expect(last.heading).toBe("Testing your integration");
    for (const name of ["@identitycall/mock/msw", "identitycall-mock", "@identitycall/mock/fixtures", "packages/integration-examples"]) {
      expect(last.body).toContain(name);
    }
  });
});
