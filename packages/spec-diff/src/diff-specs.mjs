// Compares two bundled OpenAPI documents operation by operation and returns every classified change.
// Both documents are read through the spec package's model (`@identitycall/openapi/model`): its operations
// (path-level parameters merged, references followed) and its one way of following a `$ref`.
import { HTTP_METHODS, atPointer, listOperations } from "@identitycall/openapi/model";
import { change } from "./rules.mjs";
import { diffSchemas } from "./diff-schemas.mjs";

/** `/numbers/{id}` and `/numbers/{number_id}` are the same path to a caller. */
const pathShape = (path) => path.replace(/\{[^}]+\}/g, "{}");

/** Every path by its shape, with its operations (in the model's method order). */
function indexPaths(doc) {
  const operations = doc.paths ? listOperations(doc) : [];
  const byShape = new Map();
  for (const path of Object.keys(doc.paths ?? {})) byShape.set(pathShape(path), { path, operations: operations.filter((op) => op.path === path) });
  return byShape;
}

/**
 * The model's parameters of an operation, keyed `in:name`. Path parameters are keyed by their place in the
 * template instead, so renaming `{id}` to `{number_id}` is no change.
 */
function parametersOf(operation) {
  const slots = [...operation.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
  const params = new Map();
  for (const param of operation.parameters) {
    const slot = param.in === "path" ? slots.indexOf(param.name) : -1;
    params.set(slot >= 0 ? `path:#${slot}` : `${param.in}:${param.name}`, param);
  }
  return params;
}

/**
 * A parameter's schema where it is, or undefined when the parameter has none (it describes itself with
 * `content`): the model lends such a parameter an empty schema, which would compare as "any type".
 */
function parameterSchema(doc, param) {
  if (atPointer(doc, param.pointer)?.schema === undefined) return undefined;
  return { node: param.schema, pointer: param.schemaPointer };
}

/** A media type's schema where it is (after its `$ref`), or undefined when it has none. */
const mediaSchema = (media) => (media.schema === undefined ? undefined : { node: media.schema, pointer: media.schemaPointer });

/**
 * The model's reference errors, told as the gate's: a reference that is not local means the spec was not
 * bundled. (The model says "Only local $refs are read, found … at …".)
 */
function explain(error) {
  if (!(error instanceof Error) || error.message.startsWith("spec-diff:")) return error;
  if (/^Only local \$refs\b/.test(error.message)) {
    return new Error(`spec-diff: only local $refs are supported in a bundled spec; bundle the spec first (${error.message})`, { cause: error });
  }
  return new Error(`spec-diff: ${error.message}`, { cause: error });
}

/**
 * Returns `{ changes }`: one record per classified change, each `{ rule, breaking, where, detail }`.
 * Both documents must be bundled (only local `$ref`s).
 */
export function diffSpecs(oldDoc, newDoc) {
  try {
    return { changes: compare(oldDoc, newDoc) };
  } catch (error) {
    throw explain(error);
  }
}

function compare(oldDoc, newDoc) {
  const ctx = { old: oldDoc, new: newDoc };
  const changes = [];
  const oldPaths = indexPaths(oldDoc);
  const newPaths = indexPaths(newDoc);

  for (const [shape, { path, operations }] of oldPaths) {
    if (!newPaths.has(shape)) changes.push(change("path-removed", path, `path removed (${operations.map((op) => op.method).join(", ")})`));
  }
  for (const [shape, { path }] of newPaths) {
    if (!oldPaths.has(shape)) changes.push(change("path-added", path, "path added"));
  }
  for (const [shape, before] of oldPaths) {
    const after = newPaths.get(shape);
    if (!after) continue;
    for (const method of HTTP_METHODS.map((m) => m.toUpperCase())) {
      const where = `${method} ${after.path}`;
      const oldOp = before.operations.find((op) => op.method === method);
      const newOp = after.operations.find((op) => op.method === method);
      if (oldOp && !newOp) changes.push(change("operation-removed", where, "operation removed"));
      if (!oldOp && newOp) changes.push(change("operation-added", where, "operation added"));
      if (oldOp && newOp) changes.push(...diffOperation(ctx, where, oldOp, newOp));
    }
  }
  return changes;
}

function diffOperation(ctx, where, before, after) {
  const changes = [];
  // The model names an operation without an id `METHOD path`; these rules need the id as written, or none.
  const oldId = atPointer(ctx.old, before.pointer)?.operationId;
  const newId = atPointer(ctx.new, after.pointer)?.operationId;
  if (oldId !== newId) {
    if (oldId && newId) changes.push(change("operation-id-changed", where, `operationId ${oldId} → ${newId}`));
    else if (oldId) changes.push(change("operation-id-removed", where, `operationId ${oldId} removed`));
    else changes.push(change("operation-id-added", where, `operationId ${newId} added`));
  }
  changes.push(...diffParameters(ctx, where, before, after));
  changes.push(...diffRequestBody(ctx, where, before.requestBody, after.requestBody));
  changes.push(...diffResponses(ctx, where, before.responses, after.responses));
  return changes;
}

function diffParameters(ctx, where, before, after) {
  const changes = [];
  const oldParams = parametersOf(before);
  const newParams = parametersOf(after);
  const label = (param) => `${param.in} parameter "${param.name}"`;
  for (const [key, param] of oldParams) {
    if (!newParams.has(key)) changes.push(change("parameter-removed", where, `${label(param)} removed`));
  }
  for (const [key, param] of newParams) {
    const old = oldParams.get(key);
    if (!old) {
      const required = param.required;
      changes.push(change(required ? "parameter-added-required" : "parameter-added-optional", where, `${required ? "required" : "optional"} ${label(param)} added`));
      continue;
    }
    if (old.required !== param.required) {
      changes.push(change(param.required ? "parameter-became-required" : "parameter-became-optional", where, `${label(param)} is now ${param.required ? "required" : "optional"}`));
    }
    changes.push(...diffSchemas(ctx, "request", where, parameterSchema(ctx.old, old), parameterSchema(ctx.new, param), `${label(param)}`));
  }
  return changes;
}

function diffRequestBody(ctx, where, oldBody, newBody) {
  if (!oldBody && !newBody) return [];
  if (!oldBody) {
    const required = newBody.required;
    return [change(required ? "request-body-added-required" : "request-body-added-optional", where, `${required ? "required" : "optional"} request body added`)];
  }
  if (!newBody) return [change("request-body-removed", where, "request body removed")];
  const changes = [];
  if (oldBody.required !== newBody.required) {
    changes.push(change(newBody.required ? "request-body-became-required" : "request-body-became-optional", where, `request body is now ${newBody.required ? "required" : "optional"}`));
  }
  changes.push(...diffContent(ctx, "request", `${where} request`, oldBody.content, newBody.content));
  return changes;
}

function diffResponses(ctx, where, oldResponses, newResponses) {
  const changes = [];
  const statusIn = (responses, status) => responses.find((response) => response.status === status);
  for (const { status } of oldResponses) {
    if (statusIn(newResponses, status)) continue;
    const success = /^2/.test(status);
    changes.push(change(success ? "success-response-removed" : "error-response-removed", where, `response ${status} removed`));
  }
  for (const after of newResponses) {
    const before = statusIn(oldResponses, after.status);
    if (!before) {
      changes.push(change("response-added", where, `response ${after.status} added`));
      continue;
    }
    changes.push(...diffContent(ctx, "response", `${where} → ${after.status}`, before.content, after.content));
  }
  return changes;
}

function diffContent(ctx, side, where, oldContent, newContent) {
  const changes = [];
  const mediaIn = (content, mediaType) => content.find((media) => media.mediaType === mediaType);
  for (const { mediaType } of oldContent) {
    if (!mediaIn(newContent, mediaType)) changes.push(change(`${side}-media-type-removed`, where, `${mediaType} removed`));
  }
  for (const after of newContent) {
    const before = mediaIn(oldContent, after.mediaType);
    if (!before) {
      changes.push(change(`${side}-media-type-added`, where, `${after.mediaType} added`));
      continue;
    }
    changes.push(...diffSchemas(ctx, side, `${where} ${after.mediaType}`, mediaSchema(before), mediaSchema(after)));
  }
  return changes;
}
