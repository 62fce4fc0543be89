// Serves the browser test's page on 127.0.0.1 (a secure context, where a service worker may register): the HTML,
// the page script bundled by esbuild, and MSW's worker script from the msw package the mock tests with.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/** The worker script of the installed msw, which `npx msw init` would copy into an app's public folder. */
export const WORKER_SCRIPT = join(dirname(createRequire(import.meta.url).resolve("msw/package.json")), "lib", "mockServiceWorker.js");

/** page.ts with everything it imports (msw/browser, @identitycall/mock/msw from the built package) in one ES module. */
export async function bundlePage(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL("./page.ts", import.meta.url))],
    bundle: true,
    platform: "browser",
    format: "esm",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
}

const PAGE = `<!doctype html><meta charset="utf-8"><title>@identitycall/mock/msw in a browser</title>
<script type="module" src="/page.js"></script>`;

export interface PageServer {
  url: string;
  /** The path of every request the server saw, in order: a request the worker answered never arrives here. */
  requests: string[];
  close(): Promise<void>;
}

export async function startPageServer(script: string): Promise<PageServer> {
  const requests: string[] = [];
  const files: Record<string, [string, string | Buffer]> = {
    "/": ["text/html; charset=utf-8", PAGE],
    "/page.js": ["text/javascript; charset=utf-8", script],
    "/mockServiceWorker.js": ["text/javascript; charset=utf-8", readFileSync(WORKER_SCRIPT)],
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://page.invalid").pathname;
    requests.push(`${req.method} ${path}`);
    const file = files[path];
    if (file && req.method === "GET") {
      res.writeHead(200, { "content-type": file[0], "cache-control": "no-store" }).end(file[1]);
    } else {
      res.writeHead(404, { "content-type": "text/plain" }).end(`page server: nothing at ${req.method} ${path}`);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
