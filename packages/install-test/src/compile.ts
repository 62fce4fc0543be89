import { join } from "node:path";
import { run, type RunResult } from "./run.js";

/**
 * Compiles the consumer project with the TypeScript it installed, in one tsc run for the consumers and the
 * deliberate mistakes (type-checking the client's types, once as ESM and once as CommonJS, is the slow part).
 * Resolves with tsc's output; a non-zero exit is expected, from misuse/.
 *
 * `--skipDefaultLibCheck` skips checking TypeScript's own lib.*.d.ts (ES2022, DOM), which ship with the compiler
 * and are the same for every project: about a fifth of tsc's time. Every other declaration file is still checked
 * strictly, the packages' own .d.ts and .d.cts included, as `skipLibCheck` would not.
 */
export function compileConsumers(projectDir: string): Promise<RunResult> {
  const tsc = join(projectDir, "node_modules", ".bin", "tsc");
  return run(tsc, ["-p", "tsconfig.json", "--skipDefaultLibCheck"], { cwd: projectDir });
}
