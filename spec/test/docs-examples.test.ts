import { describe, expect, it } from "vitest";
import { mediaTypeExamples, parameterExamples } from "./bundle.js";
import { atJsonPointer, containsDeep, readDocsExamples } from "./docs-examples.js";

// Which operation each documentation file belongs to, by the `<resource>.<action>` start of its name.
const OPERATION_OF: Record<string, string> = {
  "virtual_numbers.list": "listVirtualNumbers",
  "virtual_numbers.get": "getVirtualNumber",
  "virtual_numbers.update": "updateVirtualNumber",
  "virtual_numbers.available": "listAvailableVirtualNumbers",
  "virtual_numbers.purchase": "purchaseVirtualNumber",
  "virtual_numbers.add_operator": "addVirtualNumberOperator",
  "virtual_numbers.remove_operator": "removeVirtualNumberOperator",
  "operators.list": "listOperators",
  "operators.create": "createOperator",
  "operators.get": "getOperator",
  "operators.update": "updateOperator",
  "operators.delete": "deleteOperator",
  "projects.list": "listProjects",
  "projects.create": "createProject",
  "projects.get": "getProject",
  "projects.update": "updateProject",
  "projects.delete": "deleteProject",
  "recordings.list": "listRecordings",
  "recordings.create": "createRecording",
  "recordings.get": "getRecording",
  "recordings.update": "updateRecording",
  "recordings.transcription": "getRecordingTranscription",
  "recordings.results": "getRecordingResults",
  "recordings.summary": "getRecordingSummary",
  // The pagination guide's meta objects belong to the one paginated list.
  "pagination.meta": "listRecordings",
};

/** Where in an operation a file belongs: `request`, one status, or any status of a class (`2`, `4|5`). */
function expectedPart(file: string): RegExp {
  const [, kind] = file.split(".");
  if (file.startsWith("errors.")) return kind === "generic" ? /^[45]\d\d$/ : new RegExp(`^${kind}$`);
  const third = file.split(".")[2];
  if (file.startsWith("pagination.")) return /^200$/;
  if (third === "request") return /^request$/;
  if (third === "response") return /^2\d\d$/;
  return new RegExp(`^${third}$`);
}

function expectedOperation(file: string): string | undefined {
  const [resource, action] = file.split(".");
  return OPERATION_OF[`${resource}.${action}`];
}

const bodies = mediaTypeExamples();
const parameters = parameterExamples();
const docs = readDocsExamples();

describe("every example of the API documentation appears in the spec", () => {
  it("reads the documentation's examples from the repository's fixtures", () => {
    expect(docs.length).toBeGreaterThan(0);
    for (const doc of docs) expect(expectedOperation(doc.file) ?? doc.file.startsWith("errors."), doc.file).toBeTruthy();
  });

  it.each(docs.filter((d) => !d.query).map((d) => [d.file, d] as const))("%s", (file, doc) => {
    const uses = bodies.filter((e) => e.source?.file === file);
    expect(uses, `no spec example has x-source-file: ${file}`).not.toEqual([]);
    // Shared examples (errors, the project-scope refusal) may be reused elsewhere, but must sit at least on
    // the operation and status the documentation shows them on.
    const operation = expectedOperation(file);
    const home = uses.filter((use) => (!operation || use.operationId === operation) && expectedPart(file).test(use.part));
    expect(home.map((use) => use.where), `${file} is not on ${operation ?? "an operation"} ${expectedPart(file)}`).not.toEqual([]);
    for (const use of uses) {
      const value = atJsonPointer(use.value, use.source?.pointer ?? "");
      if (doc.partial) expect(containsDeep(value, doc.value), `${use.where} ${use.name} lacks part of ${file}`).toBe(true);
      else expect(value, `${use.where} ${use.name}`).toEqual(doc.value);
    }
  });

  it.each(docs.filter((d) => d.query).map((d) => [d.file, d] as const))("%s (query parameters)", (file, doc) => {
    const uses = parameters.filter((e) => e.source?.file === file);
    expect(uses, `no parameter example has x-source-file: ${file}`).not.toEqual([]);
    for (const use of uses) expect(use.operationId).toBe(expectedOperation(file));
    const values = Object.fromEntries(uses.map((use) => [use.parameter, use.value]));
    expect(values).toEqual(doc.value);
  });

  it("names only files that exist in x-source-file", () => {
    const known = new Set(docs.map((d) => d.file));
    const named = [...bodies, ...parameters].flatMap((e) => (e.source ? [e.source.file] : []));
    expect(named.filter((file) => !known.has(file))).toEqual([]);
  });
});

describe("the deep-subset comparison used for cut-off copies", () => {
  it("accepts extra keys and extra array items in the spec", () => {
    expect(containsDeep({ a: 1, b: [1, 2, 3] }, { b: [1, 2] })).toBe(true);
  });

  it("rejects a changed value or a missing key", () => {
    expect(containsDeep({ a: 1 }, { a: 2 })).toBe(false);
    expect(containsDeep({ a: 1 }, { b: 1 })).toBe(false);
  });

  it("matches a value elided with a trailing ... by its prefix only", () => {
    expect(containsDeep("018f3a2b-7c4d", "018f3a...")).toBe(true);
    expect(containsDeep("019f3a2b-7c4d", "018f3a...")).toBe(false);
  });
});
