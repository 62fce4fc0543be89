// Decides whether breaking changes are announced: a pending changeset bumps a public package `major`, or the
// public packages already carry a higher major version than at the base (the release PR consumed the changeset).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readAtRef } from "./base-spec.mjs";

/** Public (publishable) workspace packages: `{ name, dir }` for every packages/* without `"private": true`. */
export function publicPackages(root) {
  const packagesDir = join(root, "packages");
  if (!existsSync(packagesDir)) return [];
  return readdirSync(packagesDir)
    .map((name) => join("packages", name, "package.json"))
    .filter((manifest) => existsSync(join(root, manifest)))
    .map((manifest) => ({ manifest, json: JSON.parse(readFileSync(join(root, manifest), "utf8")) }))
    .filter(({ json }) => json.private !== true && typeof json.name === "string")
    .map(({ manifest, json }) => ({ name: json.name, manifest, version: json.version }));
}

/** Package bumps declared in a changeset file's front matter: `{ "@scope/name": "major", … }`. */
export function parseChangesetBumps(text) {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match) return {};
  const bumps = {};
  for (const line of match[1].split(/\r?\n/)) {
    const entry = /^\s*["']?([^"'\s]+?)["']?\s*:\s*["']?(major|minor|patch|none)["']?\s*$/.exec(line);
    if (entry) bumps[entry[1]] = entry[2];
  }
  return bumps;
}

/** Pending changesets that bump a public package major: `[{ file, package }]`. */
export function majorChangesets(changesetDir, publicNames) {
  if (!existsSync(changesetDir)) return [];
  const found = [];
  for (const file of readdirSync(changesetDir)) {
    if (!file.endsWith(".md") || file.toLowerCase() === "readme.md") continue;
    const bumps = parseChangesetBumps(readFileSync(join(changesetDir, file), "utf8"));
    for (const [name, bump] of Object.entries(bumps)) {
      if (bump === "major" && publicNames.includes(name)) found.push({ file, package: name });
    }
  }
  return found;
}

const majorOf = (version) => Number(/^(\d+)\./.exec(version ?? "")?.[1] ?? NaN);

/** Public packages whose major version is higher now than at `ref`: `[{ name, from, to }]`. */
export function majorVersionBumps(root, ref, packages) {
  const bumps = [];
  for (const pkg of packages) {
    const before = readAtRef(root, ref, pkg.manifest);
    if (before === undefined) continue;
    const from = JSON.parse(before).version;
    if (majorOf(pkg.version) > majorOf(from)) bumps.push({ name: pkg.name, from, to: pkg.version });
  }
  return bumps;
}
