#!/usr/bin/env node
// Writes src/generated/idempotency.ts from the spec: for each operation that declares an idempotency key
// (`x-idempotency-key`), the body field that makes a repeat safe. The upload helper reads its rule from there,
// so the spec stays the one place it is stated. `--check` fails when the committed file is out of date.
import { readFileSync, writeFileSync } from "node:fs";
import { loadSpec } from "@identitycall/openapi/model/node";

const target = new URL("../src/generated/idempotency.ts", import.meta.url);
const keys = Object.fromEntries(
  loadSpec()
    .operations.filter((operation) => operation.idempotencyKey !== undefined)
    .map((operation) => [`${operation.method} ${operation.path}`, operation.idempotencyKey]),
);
const text = [
  "// Generated from the spec's x-idempotency-key by scripts/generate-idempotency.mjs: do not edit.",
  "/** The body field each operation takes as its idempotency key (a repeat with the same value does nothing twice). */",
  `export const IDEMPOTENCY_KEYS = ${JSON.stringify(keys, null, 2)} as const;`,
  "",
].join("\n");

if (process.argv.includes("--check")) {
  if (readFileSync(target, "utf8") !== text) {
    console.error("src/generated/idempotency.ts no longer matches the spec: run `pnpm generate` and commit the result.");
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
}
