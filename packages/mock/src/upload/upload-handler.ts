import type { IncomingMessage, ServerResponse } from "node:http";
import type { OpenApiDocument } from "@identitycall/openapi/model";
import { parsePrefer } from "../prefer-header.js";
import { BodyTooLargeError, boundaryOf, MalformedMultipartError, readMultipart, type ReceivedForm } from "./multipart-stream.js";
import type { UploadLimits } from "./upload-limits.js";
import type { UploadOperation } from "./upload-operations.js";
import { validateForm } from "./validate-form.js";

/**
 * Answers one multipart operation from the spec's examples, remembering idempotency keys per server. The body
 * is read as a stream: files are counted, never held, so memory stays flat whatever the upload's size.
 */
export function createUploadHandler(document: OpenApiDocument, upload: UploadOperation, limits: UploadLimits) {
  const { operation } = upload;
  const responseFor = (status: number) => operation.responses.find((response) => response.status === String(status));
  const documented = (status: number) => responseFor(status) !== undefined;
  // The idempotency key the spec declares (x-idempotency-key), with project_id: a repeat answers 200, as the API does.
  const keyField = operation.idempotencyKey;
  const seenKeys = new Set<string>();

  function send(req: IncomingMessage, res: ServerResponse, status: number, exampleKey?: string, problems?: string[]) {
    const media = responseFor(status)?.content[0];
    const mediaType = media?.mediaType;
    const chosen = media?.examples.find((e) => e.name === exampleKey) ?? media?.examples[0];
    const example = chosen?.value;
    const headers: Record<string, string> = {
      "access-control-allow-origin": req.headers.origin ?? "*",
      "access-control-expose-headers": "*",
    };
    if (mediaType === undefined || example === undefined) {
      res.writeHead(status, headers).end();
      return;
    }
    const body = problems ? withProblems(example, problems) : example;
    res.writeHead(status, { ...headers, "content-type": mediaType }).end(JSON.stringify(body));
  }

  function sendProblem(res: ServerResponse, status: number, title: string, detail: string) {
    res
      .writeHead(status, { "content-type": "application/problem+json" })
      .end(JSON.stringify({ type: "https://stoplight.io/prism/errors#NOT_FOUND", title, status, detail }));
  }

  /** 413, as a gateway in front of the API answers; the connection closes so the rest of the body is not read. */
  function sendTooLarge(res: ServerResponse) {
    const error = `Request body too large: an upload may be at most ${limits.maxBodyBytes} bytes (a ${limits.maxFileBytes}-byte file and its form fields)`;
    res.writeHead(413, { "content-type": "application/json", connection: "close" }).end(JSON.stringify({ error }));
  }

  return async function handleUpload(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const prefer = parsePrefer(req.headers.prefer);
    if (!/^Bearer\s+\S+/i.test(req.headers.authorization ?? "") && documented(401)) {
      return send(req, res, 401);
    }
    if (prefer.code !== undefined) {
      if (documented(prefer.code)) return send(req, res, prefer.code, prefer.example);
      return sendProblem(
        res,
        404,
        "The server cannot find the requested content",
        `${operation.operationId} documents no ${prefer.code} response; ask for one of ${operation.responses.map((r) => r.status).join(", ")}`,
      );
    }

    const badFormStatus = (missingRequired: boolean) =>
      missingRequired && documented(400) ? 400 : documented(422) ? 422 : 400;
    if (Number(req.headers["content-length"] ?? 0) > limits.maxBodyBytes) return sendTooLarge(res);
    const contentType = req.headers["content-type"] ?? "";
    const boundary = boundaryOf(contentType);
    if (!contentType.toLowerCase().startsWith("multipart/form-data") || boundary === undefined) {
      const problem = contentType.toLowerCase().startsWith("multipart/form-data")
        ? `The multipart/form-data Content-Type has no boundary parameter: "${contentType}"`
        : `Send the upload as multipart/form-data; the request's Content-Type was "${contentType || "(none)"}"`;
      return send(req, res, badFormStatus(true), prefer.example, [problem]);
    }
    let form: ReceivedForm;
    try {
      form = await readMultipart(req, boundary, limits);
    } catch (error) {
      if (error instanceof BodyTooLargeError) return sendTooLarge(res);
      if (!(error instanceof MalformedMultipartError)) throw error;
      const problem = `The multipart body could not be parsed (${error.message}); check the boundary and part headers`;
      return send(req, res, badFormStatus(true), prefer.example, [problem]);
    }

    const result = validateForm(document, upload.fields, form, limits.maxFileBytes);
    if ("problems" in result) return send(req, res, badFormStatus(result.missingRequired), prefer.example, result.problems);

    const keyValue = keyField === undefined ? undefined : result.values[keyField];
    if (keyValue === undefined) return send(req, res, documented(201) ? 201 : 200, prefer.example);
    const key = JSON.stringify([result.values["project_id"] ?? null, keyValue]);
    if (seenKeys.has(key) && documented(200)) return send(req, res, 200, prefer.example);
    seenKeys.add(key);
    return send(req, res, documented(201) ? 201 : 200, prefer.example);
  };
}

/** Puts the validation problems into the documented error shape (`error` string or `errors` list). */
function withProblems(example: unknown, problems: string[]): unknown {
  if (typeof example !== "object" || example === null) return example;
  if (Array.isArray((example as { errors?: unknown }).errors)) return { ...example, errors: problems };
  if (typeof (example as { error?: unknown }).error === "string") return { ...example, error: problems.join("; ") };
  return example;
}
