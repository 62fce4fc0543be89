// The JUnit XML report of a run, written from the runner's events by us: Node's own JUnit reporter escapes
// messages twice, folds their lines and appends stack frames of this package, none of which helps a CI page.

export interface CheckResult {
  /** The group the check belongs to: the operation, "authentication", a write lifecycle. */
  suite: string;
  name: string;
  durationMs: number;
  outcome: "passed" | "failed" | "skipped";
  /** Why it failed (every line) or why it was skipped. */
  message?: string;
  /** A failure because no answer came in time (or the connection failed), not because an answer broke the spec. */
  noAnswer?: boolean;
}

export const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c] ?? c);
const seconds = (ms: number) => (ms / 1000).toFixed(3);

function testcase(result: CheckResult): string {
  const head = `    <testcase classname="${escapeXml(result.suite)}" name="${escapeXml(result.name)}" time="${seconds(result.durationMs)}"`;
  const message = result.message ?? "";
  if (result.outcome === "skipped") return `${head}><skipped message="${escapeXml(message)}"/></testcase>`;
  if (result.outcome === "passed") return `${head}/>`;
  // The attribute holds the first line (what CI pages list); the element holds all of it.
  const firstLine = message.split("\n")[0] ?? "";
  return `${head}><failure message="${escapeXml(firstLine)}">${escapeXml(message)}</failure></testcase>`;
}

/** One `<testsuite>` per group, in the order the groups first ran. */
export function junitXml(results: CheckResult[], name = "identitycall-contract"): string {
  const suites = [...new Set(results.map((r) => r.suite))].map((suite) => results.filter((r) => r.suite === suite));
  const count = (list: CheckResult[], outcome: CheckResult["outcome"]) => list.filter((r) => r.outcome === outcome).length;
  const total = (list: CheckResult[]) => seconds(list.reduce((sum, r) => sum + r.durationMs, 0));
  const attributes = (list: CheckResult[]) =>
    `tests="${list.length}" failures="${count(list, "failed")}" errors="0" skipped="${count(list, "skipped")}" time="${total(list)}"`;
  return [
    '<?xml version="1.0" encoding="UTF-8" ?>',
    `<testsuites name="${escapeXml(name)}" ${attributes(results)}>`,
    ...suites.flatMap((list) => [
      `  <testsuite name="${escapeXml(list[0]!.suite)}" ${attributes(list)}>`,
      ...list.map(testcase),
      "  </testsuite>",
    ]),
    "</testsuites>",
    "",
  ].join("\n");
}
