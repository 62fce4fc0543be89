import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ExchangeRecord } from "../src/pipeline/exchange-record.js";
import { githubAnnotations, githubSummary, reportToGithub, tallyLines } from "../src/pipeline/run-report.js";

const matched: ExchangeRecord = {
  operationId: "listVirtualNumbers",
  request: "GET /virtual_numbers",
  label: "answers as documented",
  status: 200,
  outcome: "matched",
  violations: [],
};
const broken: ExchangeRecord = {
  operationId: "listRecordings",
  request: "GET /recordings",
  label: "answers as documented",
  status: 200,
  outcome: "violations",
  violations: [
    { where: "$.data[0].duration_ms", message: "is null: must be integer", kind: "unforeseen", count: 3 },
    { where: "$.data[1]", message: "must have required property 'status'", kind: "broke-contract", count: 1 },
  ],
};

describe("the run's reports", () => {
  it("tally the violations by whose move it is", () => {
    expect(tallyLines([matched, broken])).toEqual([
      "1 violation(s): the API broke the documented contract: fix the API",
      "1 violation(s): the spec did not foresee this answer: widen the spec if the API is right",
    ]);
    expect(tallyLines([matched])).toEqual([]);
  });

  it("annotate each exchange that did not match, escaped as GitHub's workflow commands want", () => {
    const annotations = githubAnnotations([matched, broken, { ...broken, label: "100% odd, really: yes" }]);
    expect(annotations).toHaveLength(2);
    expect(annotations[0]).toBe(
      "::error title=listRecordings%3A GET /recordings answered 200::answers as documented%0A" +
        "$.data[0].duration_ms is null: must be integer (and 2 more item(s) alike) [not foreseen by the spec]%0A" +
        "$.data[1] must have required property 'status' [broke the contract]",
    );
    expect(annotations[1]).toMatch(/^::error title=[^:]*::100%25 odd, really: yes%0A/);
    for (const line of annotations) expect(line).not.toMatch(/\n/);
  });

  it("summarise every exchange in a table, then every violation with its JSON path", () => {
    const summary = githubSummary([matched, broken], "https://api.example.test/v1");
    expect(summary).toContain("2 answer(s) judged, 1 matched the spec, 1 violation(s) where the API broke the documented contract, 1 the spec did not foresee");
    expect(summary).toContain("| listVirtualNumbers | `GET /virtual_numbers` | answers as documented | 200 | ✅ matched |");
    expect(summary).toContain("| listRecordings | `GET /recordings` | answers as documented | 200 | ❌ 2 violation(s) |");
    expect(summary).toContain("- `$.data[0].duration_ms` is null: must be integer (3 items alike): the spec did not foresee this answer");
    expect(summary).toContain("- `$.data[1]` must have required property 'status': the API broke the documented contract: fix the API");
  });

  it("write to GitHub only inside GitHub Actions", () => {
    const dir = mkdtempSync(join(tmpdir(), "contract-summary-"));
    const summaryFile = join(dir, "summary.md");
    const printed: string[] = [];
    const log = console.log;
    console.log = (line: string) => printed.push(line);
    try {
      reportToGithub([broken], "https://api.example.test", { GITHUB_STEP_SUMMARY: summaryFile });
      expect(printed).toEqual([]);
      reportToGithub([broken], "https://api.example.test", { GITHUB_ACTIONS: "true", GITHUB_STEP_SUMMARY: summaryFile });
    } finally {
      console.log = log;
    }
    expect(printed).toHaveLength(1);
    expect(readFileSync(summaryFile, "utf8")).toContain("## IdentityCall contract run");
  });
});
