// The JUnit report of a run that could not start checking: one errored case, so that a CI system shows why.

import { escapeXml } from "./junit-report.js";

export function unreachableReport(reason: string): string {
  const message = escapeXml(`${reason}; nothing was checked`);
  return [
    '<?xml version="1.0" encoding="UTF-8" ?>',
    '<testsuites name="identitycall-contract" tests="1" failures="0" errors="1">',
    '  <testsuite name="reachability" tests="1" failures="0" errors="1">',
    `    <testcase classname="reachability" name="the API answers"><error message="${message}"/></testcase>`,
    "  </testsuite>",
    "</testsuites>",
    "",
  ].join("\n");
}
