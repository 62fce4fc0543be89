import { describe, expect, it } from "vitest";
import { spec } from "./bundle.js";

interface Node {
  at: string;
  record: Record<string, unknown>;
}

/** Every object of the bundle but example payloads (`value`, `example`), by its JSON pointer. */
function objects(node: unknown, at = "#"): Node[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => objects(item, `${at}/${i}`));
  if (node === null || typeof node !== "object") return [];
  const record = node as Record<string, unknown>;
  return [{ at, record }].concat(
    Object.entries(record)
      // A payload is not documentation: a project example has a `description` field of its own.
      .filter(([key]) => key !== "value" && key !== "example")
      .flatMap(([key, value]) => objects(value, `${at}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`)),
  );
}

// The guide (info.description) is written apart from the rest of the spec.
const nodes = objects(spec.document).filter((node) => !node.at.startsWith("#/info"));
const guesses = nodes.filter(({ record }) => typeof record.description === "string" && record.description.includes("Undocumented:"));

// Readers see a guess as one sentence starting with "Undocumented:"; maintainers find the evidence in
// x-spec-notes on the same node, which the published docs do not render.
describe("guesses are marked for readers and explained for maintainers", () => {
  it("finds the guesses", () => {
    expect(guesses.length).toBeGreaterThan(10);
  });

  it.each(guesses.map((node) => [node.at, node] as const))("%s explains its guess in x-spec-notes", (_at, { record }) => {
    expect(typeof record["x-spec-notes"], "a description saying Undocumented: needs x-spec-notes with the evidence").toBe("string");
    expect(String(record["x-spec-notes"]).trim().length).toBeGreaterThan(20);
  });

  it("starts every Undocumented: at a sentence", () => {
    for (const { at, record } of guesses) {
      const text = String(record.description);
      for (const match of text.matchAll(/Undocumented:/g)) {
        const before = text.slice(0, match.index).trimEnd();
        expect(before === "" || /[.:!?)]$/.test(before), `${at}: "…${before.slice(-30)} Undocumented:"`).toBe(true);
      }
    }
  });

  it("keeps every x-spec-notes a plain string", () => {
    const notes = nodes.filter(({ record }) => "x-spec-notes" in record);
    expect(notes.length).toBeGreaterThanOrEqual(guesses.length);
    for (const { at, record } of notes) expect(typeof record["x-spec-notes"], at).toBe("string");
  });
});
