import { Agent, createServer, request, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { readOpenApiDocument } from "./openapi-document.js";
import { startPrism } from "./prism-server.js";
import { createUploadHandler } from "./upload/upload-handler.js";
import { findUploadOperations } from "./upload/upload-operations.js";

export interface MockServerOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to bind; defaults to 127.0.0.1. */
  host?: string;
  /** Generate response bodies from the schemas instead of answering with the spec's examples. */
  dynamic?: boolean;
  /** Seed for dynamic generation, so the same requests get the same data on every run. */
  seed?: string;
  /** Path of the OpenAPI document to serve; defaults to the bundle shipped in this package. */
  specPath?: string;
}

export interface MockServer {
  /** Base URL of the mock, e.g. `http://127.0.0.1:4010`: use it as the client's `baseUrl`. */
  url: string;
  /** Stops the server and waits until its port is free. */
  close(): Promise<void>;
}

/** The bundled spec shipped next to the built module (`dist/openapi.json`). */
export const BUNDLED_SPEC_PATH = fileURLToPath(new URL("./openapi.json", import.meta.url));

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/**
 * Starts the mock: Prism serves every operation from the spec, except multipart uploads, which Prism cannot
 * parse; a small front server answers those itself and passes everything else through to Prism.
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new RangeError(`port must be an integer from 0 to 65535 (0 picks a free port), got ${String(options.port)}`);
  }
  const host = options.host ?? "127.0.0.1";
  const specPath = options.specPath ?? BUNDLED_SPEC_PATH;
  const document = await readOpenApiDocument(specPath);
  const uploads = findUploadOperations(document).map((upload) => ({
    upload,
    handle: createUploadHandler(document, upload),
  }));
  const prism = await startPrism({ specPath, dynamic: options.dynamic ?? false, seed: options.seed });
  const prismUrl = new URL(prism.url);
  const agent = new Agent({ keepAlive: true });

  function passToPrism(req: IncomingMessage, res: ServerResponse) {
    const upstream = request(
      { host: prismUrl.hostname, port: prismUrl.port, method: req.method, path: req.url, headers: req.headers, agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", (error) => {
      if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" });
      res.end(`identitycall-mock: the internal Prism server failed: ${error.message}`);
    });
    req.pipe(upstream);
  }

  const front = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://mock.invalid").pathname;
    const match = uploads.find(({ upload }) => upload.method === req.method && upload.matches(path));
    if (!match) return passToPrism(req, res);
    readBody(req)
      .then((body) => match.handle(req, res, body))
      .catch((error: Error) => {
        if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
        res.end(`identitycall-mock: the upload handler failed: ${error.message}`);
      });
  });

  try {
    await new Promise<void>((resolve, reject) => {
      front.once("error", reject);
      front.listen(port, host, () => resolve());
    });
  } catch (error) {
    await prism.close();
    throw error;
  }
  const { address, port: boundPort } = front.address() as AddressInfo;
  const shownHost = address.includes(":") ? `[${address}]` : address;
  return {
    url: `http://${shownHost}:${boundPort}`,
    close: async () => {
      front.closeAllConnections();
      await new Promise<void>((resolve) => front.close(() => resolve()));
      agent.destroy();
      await prism.close();
    },
  };
}
