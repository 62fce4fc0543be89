import type { IncomingMessage, ServerResponse } from "node:http";
import type { OpenApiDocument } from "@identitycall/openapi/model";
import type { MockEngine } from "../engine/mock-engine.js";
import { headersOf, writeAnswer } from "../engine-http.js";
import { BodyTooLargeError, boundaryOf, MalformedMultipartError, readMultipart, type ReceivedForm } from "./multipart-stream.js";
import type { UploadLimits } from "./upload-limits.js";
import type { UploadOperation } from "./upload-operations.js";
import { validateForm } from "./validate-form.js";

/**
 * Answers one multipart operation. The body is read as a stream: files are counted, never held, so memory stays
 * flat whatever the upload's size. What the upload is answered (stored and listed, or found again by its
 * idempotency key) is the engine's decision, the same as for the MSW handlers.
 */
export function createUploadHandler(document: OpenApiDocument, upload: UploadOperation, limits: UploadLimits) {
  const { operation } = upload;

  /** 413, as a gateway in front of the API answers; the connection closes so the rest of the body is not read. */
  function sendTooLarge(res: ServerResponse) {
    const error = `Request body too large: an upload may be at most ${limits.maxBodyBytes} bytes (a ${limits.maxFileBytes}-byte file and its form fields)`;
    res.writeHead(413, { "content-type": "application/json", connection: "close" }).end(JSON.stringify({ error }));
  }

  /** Answers one upload in the session `engine` holds. */
  return async function handleUpload(req: IncomingMessage, res: ServerResponse, url: URL, engine: MockEngine): Promise<void> {
    // No key, or a status asked for with Prefer: answered before the body is read.
    const early = engine.answer({ method: req.method ?? "POST", url, headers: headersOf(req) });
    if (early) return writeAnswer(req, res, early);
    const answer = (check: Parameters<MockEngine["answerUpload"]>[1]) =>
      writeAnswer(req, res, engine.answerUpload(operation.operationId, check, req.headers.prefer));

    if (Number(req.headers["content-length"] ?? 0) > limits.maxBodyBytes) return sendTooLarge(res);
    const contentType = req.headers["content-type"] ?? "";
    const boundary = boundaryOf(contentType);
    if (!contentType.toLowerCase().startsWith("multipart/form-data") || boundary === undefined) {
      const problem = contentType.toLowerCase().startsWith("multipart/form-data")
        ? `The multipart/form-data Content-Type has no boundary parameter: "${contentType}"`
        : `Send the upload as multipart/form-data; the request's Content-Type was "${contentType || "(none)"}"`;
      return answer({ problems: [problem], missingRequired: true });
    }
    let form: ReceivedForm;
    try {
      form = await readMultipart(req, boundary, limits);
    } catch (error) {
      if (error instanceof BodyTooLargeError) return sendTooLarge(res);
      if (!(error instanceof MalformedMultipartError)) throw error;
      return answer({ problems: [`The multipart body could not be parsed (${error.message}); check the boundary and part headers`], missingRequired: true });
    }
    return answer(validateForm(document, upload.fields, form, limits.maxFileBytes));
  };
}
