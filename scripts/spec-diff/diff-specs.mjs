// Compares two bundled OpenAPI documents operation by operation and returns every classified change.
import { change } from "./rules.mjs";
import { deref } from "./refs.mjs";
import { diffSchemas } from "./diff-schemas.mjs";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** `/numbers/{id}` and `/numbers/{number_id}` are the same path to a caller. */
const pathShape = (path) => path.replace(/\{[^}]+\}/g, "{}");

function indexPaths(doc) {
  const byShape = new Map();
  for (const [path, item] of Object.entries(doc.paths ?? {})) byShape.set(pathShape(path), { path, item: deref(doc, item).node });
  return byShape;
}

/**
 * Path-level and operation-level parameters, operation ones winning, keyed `in:name`. Path parameters are
 * keyed by their place in the template instead, so renaming `{id}` to `{number_id}` is no change.
 */
function parametersOf(doc, path, pathItem, operation) {
  const slots = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
  const params = new Map();
  for (const raw of [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]) {
    const param = deref(doc, raw).node;
    const slot = param.in === "path" ? slots.indexOf(param.name) : -1;
    params.set(slot >= 0 ? `path:#${slot}` : `${param.in}:${param.name}`, param);
  }
  return params;
}

/**
 * Returns `{ changes }`: one record per classified change, each `{ rule, breaking, where, detail }`.
 * Both documents must be bundled (only local `$ref`s).
 */
export function diffSpecs(oldDoc, newDoc) {
  const ctx = { old: oldDoc, new: newDoc };
  const changes = [];
  const oldPaths = indexPaths(oldDoc);
  const newPaths = indexPaths(newDoc);

  for (const [shape, { path, item }] of oldPaths) {
    if (!newPaths.has(shape)) {
      changes.push(change("path-removed", path, `path removed (${METHODS.filter((m) => item[m]).map((m) => m.toUpperCase()).join(", ")})`));
    }
  }
  for (const [shape, { path }] of newPaths) {
    if (!oldPaths.has(shape)) changes.push(change("path-added", path, "path added"));
  }
  for (const [shape, before] of oldPaths) {
    const after = newPaths.get(shape);
    if (!after) continue;
    for (const method of METHODS) {
      const where = `${method.toUpperCase()} ${after.path}`;
      const oldOp = before.item[method];
      const newOp = after.item[method];
      if (oldOp && !newOp) changes.push(change("operation-removed", where, "operation removed"));
      if (!oldOp && newOp) changes.push(change("operation-added", where, "operation added"));
      if (oldOp && newOp) {
        changes.push(
          ...diffOperation(
            ctx,
            where,
            { path: before.path, item: before.item, op: deref(oldDoc, oldOp).node },
            { path: after.path, item: after.item, op: deref(newDoc, newOp).node },
          ),
        );
      }
    }
  }
  return { changes };
}

function diffOperation(ctx, where, before, after) {
  const changes = [];
  const oldId = before.op.operationId;
  const newId = after.op.operationId;
  if (oldId !== newId) {
    if (oldId && newId) changes.push(change("operation-id-changed", where, `operationId ${oldId} → ${newId}`));
    else if (oldId) changes.push(change("operation-id-removed", where, `operationId ${oldId} removed`));
    else changes.push(change("operation-id-added", where, `operationId ${newId} added`));
  }
  changes.push(...diffParameters(ctx, where, before, after));
  changes.push(...diffRequestBody(ctx, where, before.op.requestBody, after.op.requestBody));
  changes.push(...diffResponses(ctx, where, before.op.responses ?? {}, after.op.responses ?? {}));
  return changes;
}

function diffParameters(ctx, where, before, after) {
  const changes = [];
  const oldParams = parametersOf(ctx.old, before.path, before.item, before.op);
  const newParams = parametersOf(ctx.new, after.path, after.item, after.op);
  const label = (param) => `${param.in} parameter "${param.name}"`;
  for (const [key, param] of oldParams) {
    if (!newParams.has(key)) changes.push(change("parameter-removed", where, `${label(param)} removed`));
  }
  for (const [key, param] of newParams) {
    const old = oldParams.get(key);
    if (!old) {
      const required = param.required === true;
      changes.push(change(required ? "parameter-added-required" : "parameter-added-optional", where, `${required ? "required" : "optional"} ${label(param)} added`));
      continue;
    }
    const wasRequired = old.required === true;
    const isRequired = param.required === true;
    if (wasRequired !== isRequired) {
      changes.push(change(isRequired ? "parameter-became-required" : "parameter-became-optional", where, `${label(param)} is now ${isRequired ? "required" : "optional"}`));
    }
    changes.push(...diffSchemas(ctx, "request", where, old.schema, param.schema, `${label(param)}`));
  }
  return changes;
}

function diffRequestBody(ctx, where, oldRaw, newRaw) {
  const oldBody = oldRaw && deref(ctx.old, oldRaw).node;
  const newBody = newRaw && deref(ctx.new, newRaw).node;
  if (!oldBody && !newBody) return [];
  if (!oldBody) {
    const required = newBody.required === true;
    return [change(required ? "request-body-added-required" : "request-body-added-optional", where, `${required ? "required" : "optional"} request body added`)];
  }
  if (!newBody) return [change("request-body-removed", where, "request body removed")];
  const changes = [];
  if ((oldBody.required === true) !== (newBody.required === true)) {
    changes.push(change(newBody.required ? "request-body-became-required" : "request-body-became-optional", where, `request body is now ${newBody.required ? "required" : "optional"}`));
  }
  changes.push(...diffContent(ctx, "request", `${where} request`, oldBody.content ?? {}, newBody.content ?? {}));
  return changes;
}

function diffResponses(ctx, where, oldResponses, newResponses) {
  const changes = [];
  for (const status of Object.keys(oldResponses)) {
    if (status in newResponses) continue;
    const success = /^2/.test(status);
    changes.push(change(success ? "success-response-removed" : "error-response-removed", where, `response ${status} removed`));
  }
  for (const status of Object.keys(newResponses)) {
    if (!(status in oldResponses)) {
      changes.push(change("response-added", where, `response ${status} added`));
      continue;
    }
    const before = deref(ctx.old, oldResponses[status]).node;
    const after = deref(ctx.new, newResponses[status]).node;
    changes.push(...diffContent(ctx, "response", `${where} → ${status}`, before.content ?? {}, after.content ?? {}));
  }
  return changes;
}

function diffContent(ctx, side, where, oldContent, newContent) {
  const changes = [];
  for (const mediaType of Object.keys(oldContent)) {
    if (!(mediaType in newContent)) changes.push(change(`${side}-media-type-removed`, where, `${mediaType} removed`));
  }
  for (const mediaType of Object.keys(newContent)) {
    if (!(mediaType in oldContent)) {
      changes.push(change(`${side}-media-type-added`, where, `${mediaType} added`));
      continue;
    }
    changes.push(...diffSchemas(ctx, side, `${where} ${mediaType}`, oldContent[mediaType].schema, newContent[mediaType].schema));
  }
  return changes;
}
