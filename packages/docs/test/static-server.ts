// Serves the built page from a real local HTTP server on a free port, as `pnpm start` and any static host do.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export const PAGE_PATH = new URL("../dist/index.html", import.meta.url);

export async function serveBuiltPage(): Promise<{ url: string; close(): Promise<void> }> {
  const page = readFileSync(PAGE_PATH);
  const server = createServer((req, res) => {
    if (req.url === "/" || req.url === "/index.html") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
    } else {
      res.writeHead(404, { "content-type": "text/plain" }).end(`Not found: ${req.url}\n`);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
