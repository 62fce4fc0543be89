import { Agent, createServer, request, type IncomingMessage, type ServerResponse } from "node:http";
import { pipeline } from "node:stream";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { readFile } from "node:fs/promises";
import { createSpecModel, type OpenApiDocument, type Operation } from "@identitycall/openapi/model";
import { createSessions } from "./sessions.js";
import { parsePrefer } from "./engine/prefer.js";
import { BodyTooLargeForJsonError, readEngineRequest, writeAnswer } from "./engine-http.js";
import { successToSteer } from "./engine/expected-success.js";
import { startPrism } from "./prism-server.js";
import { requestPath } from "./request-path.js";
import { createUploadHandler } from "./upload/upload-handler.js";
import { uploadLimits } from "./upload/upload-limits.js";
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
  /**
   * The largest file an upload may carry, in bytes; defaults to the API's own limit (500 MB). A larger file is
   * refused with 422 "File too large"; a body past it (plus 1 MiB for the form) with 413.
   */
  maxUploadBytes?: number;
  /** How many recordings the session starts with (at least the documented ones); default 45, three default pages. */
  recordings?: number;
  /** The `Retry-After` of a 429 asked for with `Prefer: code=429` (seconds; default 1), unless `Prefer: retry-after=N` says. */
  retryAfterSeconds?: number;
}

/** `POST` here puts the session back as it started (see MockServer.reset). */
export const RESET_PATH = "/__mock/reset";

export interface MockServer {
  /** Base URL of the mock, e.g. `http://127.0.0.1:4010`: use it as the client's `baseUrl`. */
  url: string;
  /**
   * Puts the session back as it started (the seeded recordings, no uploads, no idempotency keys) and forgets every
   * named session (`/__session/<name>/…`). `POST /__mock/reset` does the same over HTTP; a named session's own
   * `POST /__session/<name>/__mock/reset` resets only that one.
   */
  reset(): void;
  /** Stops the server and waits until its port is free. */
  close(): Promise<void>;
}

/** The bundled spec shipped next to the built module (`dist/openapi.json`). */
export const BUNDLED_SPEC_PATH = fileURLToPath(new URL("./openapi.json", import.meta.url));

/** Answers with a JSON `{ error }` unless an answer has already started; then the connection is cut. */
function answerError(res: ServerResponse, status: number, error: string) {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify({ error }));
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
  const document = JSON.parse(await readFile(specPath, "utf8")) as OpenApiDocument;
  const limits = uploadLimits(options.maxUploadBytes);
  const engineOptions = {
    ...(options.recordings !== undefined ? { recordings: options.recordings } : {}),
    ...(options.retryAfterSeconds !== undefined ? { retryAfterSeconds: options.retryAfterSeconds } : {}),
  };
  // The main session is made at once, so a bad option fails before the server listens.
  const spec = createSpecModel(document);
  const sessions = createSessions(document, spec, engineOptions);
  const uploads = findUploadOperations(spec).map((upload) => ({
    upload,
    handle: createUploadHandler(document, upload, limits),
  }));
  const prism = await startPrism({ specPath, dynamic: options.dynamic ?? false, seed: options.seed });
  const prismUrl = new URL(prism.url);
  // A fresh loopback connection per request: a kept-alive one can be closed by Prism's idle timeout at the moment
  // it is reused (more likely while the event loop lags on a busy machine), and the request would fail with a
  // reset. On loopback, connecting costs next to nothing.
  const agent = new Agent({ keepAlive: false });

  /** Forwards to Prism; a client that goes away tears down the upstream request, so no socket is left open. */
  function passToPrism(req: IncomingMessage, res: ServerResponse, path: string, operation: Operation | undefined) {
    const headers = { ...req.headers };
    const success = operation && parsePrefer(headers.prefer).code === undefined ? successToSteer(operation) : undefined;
    if (success !== undefined) headers.prefer = [headers.prefer, `code=${success}`].filter(Boolean).join(", ");
    const upstream = request(
      { host: prismUrl.hostname, port: prismUrl.port, method: req.method, path, headers, agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        pipeline(answer, res, () => undefined); // a failure on either side destroys both; nothing to add
      },
    );
    upstream.on("error", (error) => answerError(res, 502, `identitycall-mock: the internal Prism server failed: ${error.message}`));
    res.on("close", () => {
      if (!res.writableFinished) upstream.destroy();
    });
    pipeline(req, upstream, () => undefined); // errors surface through upstream's own "error" listener
  }

  function route(req: IncomingMessage, res: ServerResponse) {
    const target = requestPath(req.url);
    if (target === undefined) {
      req.resume();
      return answerError(res, 400, `identitycall-mock: the request target ${JSON.stringify(req.url)} is not a path; send e.g. GET /virtual_numbers`);
    }
    const session = sessions.route(target.pathname, target.pathAndQuery);
    if ("problem" in session) {
      req.resume();
      return answerError(res, 400, `identitycall-mock: ${session.problem}`);
    }
    const { engine, pathname, pathAndQuery } = session;
    const url = new URL(pathAndQuery, "http://mock.invalid");
    if (pathname === RESET_PATH && req.method === "POST") {
      req.resume();
      // The top-level reset starts everything over; a session's own reset, only that session.
      if (engine === sessions.main) sessions.resetAll();
      else engine.reset();
      return writeAnswer(req, res, { status: 204, headers: {} });
    }
    const match = uploads.find(({ upload }) => upload.operation.method === req.method && upload.matches(pathname));
    if (match) {
      match.handle(req, res, url, engine).catch((error: Error) => {
        req.destroy();
        answerError(res, 500, `identitycall-mock: the upload could not be read: ${error.message}`);
      });
      return;
    }
    // Matched once here, for both: whether the engine answers, and which success Prism is to choose.
    const operation = engine.spec.match(req.method ?? "GET", pathname)?.operation;
    if (!engine.claims(operation, req.headers.prefer)) return passToPrism(req, res, pathAndQuery, operation);
    readEngineRequest(req, url)
      .then((request) => {
        const answer = engine.answer(request);
        if (answer) writeAnswer(req, res, answer);
        else answerError(res, 500, `identitycall-mock: no answer for ${req.method} ${pathname}`);
      })
      .catch((error: Error) => {
        if (!(error instanceof BodyTooLargeForJsonError)) {
          req.destroy();
          return answerError(res, 500, `identitycall-mock: the request could not be read: ${error.message}`);
        }
        // The connection closes after the answer, so the rest of an oversized body is never read.
        res.writeHead(413, { "content-type": "application/json", connection: "close" }).end(JSON.stringify({ error: `identitycall-mock: ${error.message}` }));
      });
  }

  // Whatever a request does, it gets an answer (or its connection is cut); it never takes the server down.
  const front = createServer((req, res) => {
    req.on("error", () => res.destroy());
    res.on("error", () => req.destroy());
    try {
      route(req, res);
    } catch (error) {
      answerError(res, 500, `identitycall-mock: ${(error as Error).message}`);
    }
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
    reset: () => sessions.resetAll(),
    close: async () => {
      front.closeAllConnections();
      await new Promise<void>((resolve) => front.close(() => resolve()));
      agent.destroy();
      await prism.close();
    },
  };
}
