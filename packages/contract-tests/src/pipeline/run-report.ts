// What the run says about the exchanges it judged, from the ledger: a tally for every console, and in GitHub
// Actions an annotation per violation plus a job-summary table (what was called, what matched, what broke).
import { appendFileSync } from "node:fs";
import type { ExchangeRecord } from "./exchange-record.js";
import { VIOLATION_KINDS, describeViolation, type ViolationKind } from "./violation-kinds.js";

/** `broke-contract` and `unforeseen` violations across the run. */
export function tallyViolations(records: ExchangeRecord[]): Record<ViolationKind, number> {
  const tally: Record<ViolationKind, number> = { "broke-contract": 0, unforeseen: 0 };
  for (const record of records) for (const violation of record.violations) tally[violation.kind] += 1;
  return tally;
}

/** The closing lines for the console: how many violations of each kind, and what to do about them. */
export function tallyLines(records: ExchangeRecord[]): string[] {
  const tally = tallyViolations(records);
  return (Object.keys(tally) as ViolationKind[])
    .filter((kind) => tally[kind] > 0)
    .map((kind) => `${tally[kind]} violation(s): ${VIOLATION_KINDS[kind]}`);
}

/** Workflow-command escaping: a message may hold newlines, `%`, and (in properties) `:` and `,`. */
const escapeData = (text: string) => text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");

/** One `::error` line per exchange that did not match, for GitHub to show on the run's page. */
export function githubAnnotations(records: ExchangeRecord[]): string[] {
  return records
    .filter((record) => record.outcome !== "matched")
    .map((record) => {
      const title = escapeProperty(`${record.operationId}: ${record.request} answered ${record.status}`);
      const body = record.outcome === "proxy" ? (record.note ?? "") : record.violations.map(describeViolation).join("\n");
      return `::error title=${title}::${escapeData(`${record.label}\n${body}`)}`;
    });
}

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, "<br>");

/** The job summary: one row per exchange, then every violation with its JSON path and whose move it is. */
export function githubSummary(records: ExchangeRecord[], baseUrl: string): string {
  const matched = records.filter((r) => r.outcome === "matched").length;
  const tally = tallyViolations(records);
  const lines = [
    "## IdentityCall contract run",
    "",
    `Against \`${baseUrl}\`: ${records.length} answer(s) judged, ${matched} matched the spec, ` +
      `${tally["broke-contract"]} violation(s) where the API broke the documented contract, ` +
      `${tally.unforeseen} the spec did not foresee.`,
    "",
    "| operation | request | check | status | result |",
    "|---|---|---|---|---|",
    ...records.map((r) => {
      const result = r.outcome === "matched" ? "✅ matched" : r.outcome === "proxy" ? "⚠️ Prism answered" : `❌ ${r.violations.length} violation(s)`;
      return `| ${cell(r.operationId)} | \`${cell(r.request)}\` | ${cell(r.label)} | ${r.status} | ${result} |`;
    }),
  ];
  const broken = records.filter((r) => r.outcome !== "matched");
  if (broken.length > 0) {
    lines.push("", "### Violations", "");
    for (const record of broken) {
      lines.push(`**${record.operationId}** (${record.label}, HTTP ${record.status})`, "");
      if (record.outcome === "proxy") lines.push("```", record.note ?? "", "```", "");
      for (const v of record.violations) {
        const items = v.count > 1 ? ` (${v.count} items alike)` : "";
        lines.push(`- \`${v.where}\` ${cell(v.message)}${items}: ${VIOLATION_KINDS[v.kind]}`);
      }
      lines.push("");
    }
  }
  return `${lines.join("\n")}\n`;
}

/** In GitHub Actions: annotations on stdout and the summary appended to the step summary file. */
export function reportToGithub(records: ExchangeRecord[], baseUrl: string, env: NodeJS.ProcessEnv = process.env): void {
  if (env["GITHUB_ACTIONS"] !== "true") return;
  for (const line of githubAnnotations(records)) console.log(line);
  const summaryFile = env["GITHUB_STEP_SUMMARY"];
  if (summaryFile) appendFileSync(summaryFile, githubSummary(records, baseUrl));
}
