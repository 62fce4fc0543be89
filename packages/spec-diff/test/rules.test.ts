import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// The gate is plain ESM with no build step; its modules are imported as they are.
import { diffSpecs, RULES } from "../src/index.mjs";
import { fixtures } from "./fixtures.js";

interface Change {
  rule: string;
  breaking: boolean;
  where: string;
  detail: string;
}

const rulesOf = (changes: Change[]) => changes.map((c) => c.rule).sort();

describe("spec-diff classifies each rule's fixture, both directions", () => {
  it("has a fixture for every rule that is not a catch-all", () => {
    const covered = new Set(fixtures.flatMap((f) => [...f.forward, ...f.backward]));
    const uncovered = Object.keys(RULES).filter((rule) => rule !== "schema-keyword-changed" && !covered.has(rule));
    expect(uncovered).toEqual([]);
  });

  it("documents every rule, with its class, in README.md", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    for (const [rule, { breaking }] of Object.entries(RULES)) {
      expect(readme, rule).toContain(`| \`${rule}\` | ${breaking ? "breaking" : "safe"} |`);
    }
  });

  for (const fixture of fixtures) {
    it(`${fixture.name}: before → after gives ${fixture.forward.join(", ") || "no change"}`, () => {
      const { changes } = diffSpecs(fixture.before, fixture.after) as { changes: Change[] };
      expect(rulesOf(changes)).toEqual([...fixture.forward].sort());
      for (const c of changes) expect(c.breaking).toBe(RULES[c.rule as keyof typeof RULES]?.breaking);
    });

    it(`${fixture.name}: after → before gives ${fixture.backward.join(", ") || "no change"}`, () => {
      const { changes } = diffSpecs(fixture.after, fixture.before) as { changes: Change[] };
      expect(rulesOf(changes)).toEqual([...fixture.backward].sort());
    });
  }
});

describe("spec-diff details", () => {
  const find = (name: string) => fixtures.find((f) => f.name === name)!;

  it("names the operation, the status, the media type and the field path of a response change", () => {
    const { changes } = diffSpecs(find("response-enum-value-removed").before, find("response-enum-value-removed").after) as {
      changes: Change[];
    };
    expect(changes[0]).toMatchObject({
      where: "GET /numbers → 200 application/json",
      detail: '[].status: enum value "suspended" removed',
      breaking: true,
    });
  });

  it("names the parameter whose schema narrowed", () => {
    const { changes } = diffSpecs(find("request-enum-value-removed").before, find("request-enum-value-removed").after) as {
      changes: Change[];
    };
    expect(changes[0]?.detail).toBe('query parameter "sort": enum value "oldest" removed');
  });

  it("a breaking and a safe change in one diff are both reported", () => {
    const before = find("response-property-removed").before;
    const after = structuredClone(find("response-property-removed").after) as any;
    after.paths["/numbers"].get.parameters = [{ name: "page", in: "query", schema: { type: "integer" } }];
    const { changes } = diffSpecs(before, after) as { changes: Change[] };
    expect(changes.map((c) => [c.rule, c.breaking])).toEqual([
      ["parameter-added-optional", false],
      ["response-property-removed", true],
    ]);
  });

  it("stops on a recursive schema instead of looping", () => {
    const tree = (extra: Record<string, unknown>) => ({
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      paths: {
        "/tree": {
          get: {
            responses: {
              "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/Node" } } } },
            },
          },
        },
      },
      components: {
        schemas: {
          Node: { type: "object", properties: { children: { type: "array", items: { $ref: "#/components/schemas/Node" } }, ...extra } },
        },
      },
    });
    const { changes } = diffSpecs(tree({ label: { type: "string" } }), tree({})) as { changes: Change[] };
    expect(changes.map((c) => c.rule)).toEqual(["response-property-removed"]);
  });

  it("lists a keyword no rule covers as a safe change to review by hand", () => {
    const fixture = find("response-type-widened");
    const after = structuredClone(fixture.before) as any;
    after.paths["/numbers"].get.responses["200"].content["application/json"].schema.properties.name.contentEncoding = "base64";
    const { changes } = diffSpecs(fixture.before, after) as { changes: Change[] };
    expect(changes).toMatchObject([{ rule: "schema-keyword-changed", breaking: false, detail: 'name: keyword "contentEncoding" changed' }]);
  });

  it("reads operations behind a $ref'd path item (the model's pointers run through paths as written)", () => {
    const doc = (operationId: string, type: string) => ({
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      paths: { "/x": { $ref: "#/components/pathItems/X" } },
      components: {
        pathItems: { X: { get: { operationId, parameters: [{ name: "q", in: "query", schema: { type } }], responses: {} } } },
      },
    });
    const { changes } = diffSpecs(doc("getX", "string"), doc("fetchX", "integer")) as { changes: Change[] };
    expect(changes.map((c) => [c.rule, c.detail])).toEqual([
      ["operation-id-changed", "operationId getX → fetchX"],
      ["request-type-narrowed", 'query parameter "q": type string → integer (no longer accepts string)'],
    ]);
  });

  it("does not compare the schema of a parameter that has none (it describes itself with content)", () => {
    const doc = (parameter: Record<string, unknown>) => ({
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      paths: { "/x": { get: { parameters: [{ name: "q", in: "query", ...parameter }], responses: {} } } },
    });
    const withSchema = doc({ schema: { type: "string" } });
    const withContent = doc({ content: { "application/json": { schema: { type: "object" } } } });
    expect(diffSpecs(withSchema, withContent).changes).toEqual([]);
    expect(diffSpecs(withContent, withSchema).changes).toEqual([]);
  });

  it("refuses a document with an external $ref and says to bundle first", () => {
    const doc = {
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      paths: { "/x": { $ref: "paths/x.yaml" } },
    };
    expect(() => diffSpecs(doc, doc)).toThrow(/only local \$refs .* bundle the spec first/);
  });
});
