import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const clientDir = dirname(createRequire(import.meta.url).resolve("@identitycall/client/package.json"));
// openapi-fetch as the client resolves it (its own dependency), in its ESM build.
const openapiFetch = createRequire(join(clientDir, "package.json")).resolve("openapi-fetch").replace(/index\.cjs$/, "index.mjs");

/** The files a browser page needs to run the smoke test on the built ESM bundle, by URL path. */
const FILES: Record<string, string> = {
  "/client.js": join(clientDir, "dist", "index.js"),
  "/openapi-fetch.js": openapiFetch,
  "/smoke.mjs": here("./smoke.mjs"),
};

/** The page: an import map for openapi-fetch (as a bundler would resolve it), then the smoke test. */
function page(baseUrl: string): string {
  return `<!doctype html><meta charset="utf-8"><title>smoke</title>
<script type="importmap">{ "imports": { "openapi-fetch": "/openapi-fetch.js" } }</script>
<script type="module">
  import * as client from "/client.js";
  import { smoke } from "/smoke.mjs";
  smoke(client, ${JSON.stringify(baseUrl)}).then(
    (result) => { window.smokeResult = { runtime: navigator.userAgent, ...result }; },
    (error) => { window.smokeResult = { failed: String(error && error.stack || error) }; },
  );
</script>`;
}

export interface PageServer {
  url: string;
  close(): Promise<void>;
}

/** Serves the smoke page for a mock at `baseUrl` (another origin: the client's requests are cross-origin, as in production). */
export async function startPageServer(baseUrl: string): Promise<PageServer> {
  const server = createServer((req, res) => {
    const file = FILES[req.url ?? ""];
    if (file) {
      res.writeHead(200, { "content-type": "text/javascript" });
      res.end(readFileSync(file));
    } else if (req.url === "/") {
      res.writeHead(200, { "content-type": "text/html" });
      res.end(page(baseUrl));
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
