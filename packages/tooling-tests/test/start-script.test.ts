// `pnpm start` (scripts/start.mjs) checks its settings before it loads anything.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./repo-root.js";

describe("pnpm start", () => {
  it("refuses a port out of range with a message, not a stack trace", () => {
    const result = spawnSync(process.execPath, [join(repoRoot, "scripts", "start.mjs")], {
      env: { ...process.env, DOCS_PORT: "99999" },
      encoding: "utf8",
    });
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe('DOCS_PORT must be a port number from 0 to 65535 (0 picks a free one), got "99999".');
  });
});
