import { readdirSync, readFileSync } from "node:fs";
import { parse } from "yaml";

/** One fixture: two small specs and the rules expected in each direction (`before → after` and back). */
export interface SpecDiffFixture {
  name: string;
  forward: string[];
  backward: string[];
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

export const fixturesDir = new URL("./fixtures/", import.meta.url);

export function loadFixture(file: string): SpecDiffFixture {
  const parsed = parse(readFileSync(new URL(file, fixturesDir), "utf8")) as Omit<SpecDiffFixture, "name">;
  return { name: file.replace(/\.yaml$/, ""), ...parsed };
}

export const fixtures: SpecDiffFixture[] = readdirSync(fixturesDir)
  .filter((file) => file.endsWith(".yaml"))
  .sort()
  .map(loadFixture);
