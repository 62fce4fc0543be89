#!/usr/bin/env node
// Breaking-change gate: compares the bundled spec with the last release's and fails on a breaking change
// that no major release announces. Run `pnpm spec-diff --help` for the options.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { parse as parseYaml } from "yaml";
import { bundleSpecAtRef, diffSpecs, findBaseRef, findWorkspaceRoot, formatReport, majorChangesets, majorVersionBumps, publicPackages } from "./index.mjs";

const usage = `Usage: pnpm spec-diff [--base REF | --old FILE] [--new FILE] [--changesets DIR] [--root DIR] [--json]

Compares the bundled spec (spec/dist/openapi.json, from \`pnpm build\`) with the spec of the last release
and lists every change as breaking or safe. Exits 1 on a breaking change unless a pending changeset bumps a
public package \`major\` (or the public packages' major version is already higher than at the base).
  --base REF        git ref to compare with (default: newest tag @identitycall/client@* or v*, else main)
  --old FILE        compare with this spec file instead of a git ref (JSON or YAML, bundled)
  --new FILE        the spec to check (default: spec/dist/openapi.json)
  --changesets DIR  where pending changesets live (default: .changeset)
  --root DIR        the workspace to check (default: the one this package is in)
  --json            print the changes as JSON instead of the report
Exit codes: 0 no unannounced breaking change, 1 breaking change without a major release, 2 usage or setup error.`;


function fail(message) {
  console.error(`spec-diff: ${message.replace(/^spec-diff: /, "")}`);
  process.exit(2);
}

function readSpecFile(file) {
  if (!existsSync(file)) fail(`${file} does not exist${file.endsWith(join("dist", "openapi.json")) ? "; run pnpm build first" : ""}`);
  const text = readFileSync(file, "utf8");
  try {
    return file.endsWith(".json") ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    fail(`${file} is not valid ${file.endsWith(".json") ? "JSON" : "YAML"}: ${error.message}`);
  }
}

let args;
try {
  args = parseArgs({
    options: {
      base: { type: "string" },
      old: { type: "string" },
      new: { type: "string" },
      changesets: { type: "string" },
      root: { type: "string" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  }).values;
} catch (error) {
  fail(`${error.message}\n\n${usage}`);
}
if (args.help) {
  console.log(usage);
  process.exit(0);
}
if (args.base && args.old) fail("give either --base REF or --old FILE, not both");
let root;
try {
  root = resolve(args.root ?? findWorkspaceRoot());
} catch (error) {
  fail(error.message);
}

const newFile = resolve(args.new ?? join(root, "spec", "dist", "openapi.json"));
const newDoc = readSpecFile(newFile);
let oldDoc;
let baseLabel;
let baseRef;
if (args.old) {
  oldDoc = readSpecFile(resolve(args.old));
  baseLabel = args.old;
} else {
  const base = args.base ? { ref: args.base, reason: "--base" } : findBaseRef(root);
  if (!base) fail(`${root} is not a git checkout with a commit, so there is no release to compare with; pass --old FILE`);
  baseRef = base.ref;
  baseLabel = `${base.ref}${base.commit ? ` (${base.commit.slice(0, 10)})` : ""}, ${base.reason}`;
  try {
    oldDoc = bundleSpecAtRef(root, base.ref);
  } catch (error) {
    fail(error.message);
  }
}

let changes;
try {
  ({ changes } = diffSpecs(oldDoc, newDoc));
} catch (error) {
  fail(error.message);
}
const breaking = changes.filter((c) => c.breaking);
const packages = publicPackages(root);
const majors = majorChangesets(resolve(args.changesets ?? join(root, ".changeset")), packages.map((p) => p.name));
const versionBumps = baseRef ? majorVersionBumps(root, baseRef, packages) : [];
const announced = majors.length > 0 || versionBumps.length > 0;

if (args.json) {
  console.log(JSON.stringify({ base: baseLabel, new: newFile, changes, majorChangesets: majors, majorVersionBumps: versionBumps }, null, 2));
} else {
  console.log(formatReport({ baseLabel, headLabel: newFile.startsWith(root) ? newFile.slice(root.length + 1) : newFile, changes }));
}

if (breaking.length === 0) {
  console.log(`spec-diff: OK, no breaking change (${changes.length} change${changes.length === 1 ? "" : "s"} in all).`);
} else if (announced) {
  const why = [
    ...majors.map((m) => `changeset ${m.file} bumps ${m.package} major`),
    ...versionBumps.map((b) => `${b.name} goes ${b.from} → ${b.to}`),
  ].join("; ");
  console.log(`spec-diff: OK, ${breaking.length} breaking change(s), announced as a major release (${why}).`);
} else {
  console.error(
    `spec-diff: FAILED, ${breaking.length} breaking change(s) and no major release announced.\n` +
      "Either make the change backwards compatible, or run `pnpm changeset` and choose a major bump for the public packages.",
  );
  process.exit(1);
}
