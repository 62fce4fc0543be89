// Ships the bundled spec inside the package, so an installed mock needs no path to this repository.
// Written to a temporary name and renamed, so a reader never sees a half-written file.
import { copyFileSync, renameSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const target = new URL("../dist/openapi.json", import.meta.url);
const temporary = new URL(`../dist/openapi.json.${process.pid}.tmp`, import.meta.url);
copyFileSync(require.resolve("@identitycall/openapi/openapi.json"), temporary);
renameSync(temporary, target);
