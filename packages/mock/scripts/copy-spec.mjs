// Ships the bundled spec inside the package, so an installed mock needs no path to this repository.
import { copyFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
copyFileSync(require.resolve("@identitycall/openapi/openapi.json"), new URL("../dist/openapi.json", import.meta.url));
