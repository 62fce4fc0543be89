import { fileURLToPath } from "node:url";

/** The repository's root, found from this package's place in it (packages/tooling-tests/test). */
export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
