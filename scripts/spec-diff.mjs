#!/usr/bin/env node
// `pnpm spec-diff`: the breaking-change gate, which lives in packages/spec-diff (see its README).
import "@identitycall/spec-diff/cli";
