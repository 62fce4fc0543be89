// The run's ledger: every judged exchange as one JSON line in a file the CLI names. The suite runs in a process
// of the test runner's, the reports (GitHub annotations, the job summary, the closing tally) are written by the
// CLI's process: a file is a channel both sides have.
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import type { Violation } from "./violation-kinds.js";

export interface ExchangeRecord {
  operationId: string;
  /** `GET /recordings/{id}`: the operation as the spec names it. */
  request: string;
  /** What the check was about: "answers as documented", "unknown id"… */
  label: string;
  status: number;
  /** `proxy`: Prism answered itself (the request broke the spec or the API could not be reached). */
  outcome: "matched" | "violations" | "proxy";
  violations: Violation[];
  /** Prism's own words when it answered instead of the API. */
  note?: string;
}

export function appendRecord(file: string | undefined, record: ExchangeRecord): void {
  if (file) appendFileSync(file, `${JSON.stringify(record)}\n`);
}

export function readRecords(file: string): ExchangeRecord[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as ExchangeRecord);
}
