// Turns classified changes into the text a reviewer reads in CI.
import { RULES } from "./rules.mjs";

function group(changes) {
  const byWhere = new Map();
  for (const item of changes) {
    if (!byWhere.has(item.where)) byWhere.set(item.where, []);
    byWhere.get(item.where).push(item);
  }
  return byWhere;
}

function section(title, changes, mark) {
  if (changes.length === 0) return [];
  const lines = [`${title} (${changes.length})`];
  for (const [where, items] of group(changes)) {
    lines.push(`  ${where}`);
    for (const item of items) lines.push(`    ${mark} ${item.detail}  [${item.rule}: ${RULES[item.rule].why}]`);
  }
  return [...lines, ""];
}

/** The readable report: the two compared documents, breaking changes first, then the safe ones. */
export function formatReport({ baseLabel, headLabel, changes }) {
  const breaking = changes.filter((c) => c.breaking);
  const safe = changes.filter((c) => !c.breaking);
  const lines = [`Spec diff: ${baseLabel} → ${headLabel}`, ""];
  if (changes.length === 0) lines.push("No changes to the API contract.", "");
  lines.push(...section("Breaking changes", breaking, "✗"), ...section("Safe changes", safe, "✓"));
  return lines.join("\n");
}
