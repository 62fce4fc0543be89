// The breaking-change gate as a library: what `identitycall-spec-diff` (and `pnpm spec-diff`) is made of.
export { diffSpecs } from "./diff-specs.mjs";
export { diffSchemas } from "./diff-schemas.mjs";
export { RULES, change } from "./rules.mjs";
export { formatReport } from "./report.mjs";
export { bundleSpecAtRef, findBaseRef, readAtRef } from "./base-spec.mjs";
export { majorChangesets, majorVersionBumps, parseChangesetBumps, publicPackages } from "./major-release.mjs";
export { findWorkspaceRoot } from "./workspace.mjs";
