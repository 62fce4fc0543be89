// The docs half of `pnpm start`: serves the built reference page at / on loopback. The page is read from disk
// per request (a rebuild replaces it while the server runs), and every read stream is closed however the
// request ends, so aborted downloads hold no file descriptor.
import { createReadStream } from "node:fs";
import { createServer } from "node:http";
import { pipeline } from "node:stream";

/** The page `pnpm build` writes: what `pnpm start` serves. */
export const DOCS_PAGE = new URL("../dist/index.html", import.meta.url);

/**
 * `mockUrl`: the mock served beside the page; the page's request console asks for it at /console.json (only
 * when a reader opens the console) and offers it as the default server.
 * @param {{ page: string | URL, port: number, host?: string, mockUrl?: string }} options
 * @returns {Promise<{ url: string, close(): Promise<void> }>}
 */
export function startDocsServer({ page, port, host = "127.0.0.1", mockUrl }) {
  const consoleSettings = JSON.stringify(mockUrl ? { mockUrl } : {});
  const server = createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD", "content-type": "text/plain" }).end("Only GET and HEAD are served here\n");
      return;
    }
    const path = (req.url ?? "").split("?")[0];
    if (path === "/console.json") {
      res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" }).end(req.method === "HEAD" ? undefined : consoleSettings);
      return;
    }
    if (path !== "/" && path !== "/index.html") {
      res.writeHead(404, { "content-type": "text/plain" }).end("Not found: the reference is at /\n");
      return;
    }
    const file = createReadStream(page);
    file.once("open", () => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
      if (req.method === "HEAD") {
        file.destroy();
        res.end();
        return;
      }
      // pipeline destroys the file stream when the client goes away mid-download, and the response on a read error.
      pipeline(file, res, () => undefined);
    });
    file.once("error", (error) => {
      if (res.headersSent) return; // pipeline has already torn the response down
      const rebuilding = /** @type {NodeJS.ErrnoException} */ (error).code === "ENOENT";
      res
        .writeHead(rebuilding ? 503 : 500, { "content-type": "text/plain", ...(rebuilding ? { "retry-after": "5" } : {}) })
        .end(rebuilding ? "The docs page is missing (a rebuild may be under way): run `pnpm build`, then reload.\n" : `Could not read the docs page: ${error.message}\n`);
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      const { port: bound } = /** @type {import("node:net").AddressInfo} */ (server.address());
      resolve({
        url: `http://${host}:${bound}/`,
        close: () => new Promise((done) => (server.closeAllConnections(), server.close(() => done()))),
      });
    });
  });
}
