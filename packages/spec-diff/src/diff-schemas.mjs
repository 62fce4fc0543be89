// Compares two JSON Schemas of one request or response body and classifies what changed. `side` is
// "request" (what callers send: narrowing breaks them) or "response" (what callers read: widening breaks them).
import { resolveRef } from "@identitycall/openapi/model";
import { change } from "./rules.mjs";

// Keywords that only document; a change in them never affects a caller.
const DOC_KEYWORDS = new Set(["description", "title", "summary", "example", "examples", "$comment", "deprecated", "readOnly", "writeOnly", "default", "externalDocs", "xml", "discriminator"]);
// Keywords some rule below looks at.
const HANDLED = new Set(["$ref", "type", "nullable", "properties", "required", "items", "enum", "const", "allOf", "oneOf", "anyOf", "pattern", "format", "additionalProperties"]);
const LOWER_BOUNDS = ["minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties"];
const UPPER_BOUNDS = ["maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties"];
for (const keyword of [...LOWER_BOUNDS, ...UPPER_BOUNDS]) HANDLED.add(keyword);

const ANY_TYPE = ["array", "boolean", "integer", "null", "number", "object", "string"];

/** The set of JSON types a schema admits (3.0's `nullable: true` counts as null). */
function typesOf(schema) {
  if (schema.type === undefined) return schema.enum || schema.const !== undefined ? null : new Set(ANY_TYPE);
  const types = new Set(Array.isArray(schema.type) ? schema.type : [schema.type]);
  if (schema.nullable === true) types.add("null");
  return types;
}

/** Whether a value of type `type` is accepted by a schema admitting `types` (integers are numbers). */
function admits(types, type) {
  return types.has(type) || (type === "integer" && types.has("number"));
}

/** Merges allOf members into one schema, so a property moved into an allOf part is not seen as removed. */
function flatten(doc, schema) {
  if (!Array.isArray(schema.allOf)) return schema;
  const merged = { ...schema, properties: { ...schema.properties }, required: [...(schema.required ?? [])] };
  delete merged.allOf;
  for (const part of schema.allOf) {
    const member = flatten(doc, resolveRef(doc, part).node);
    Object.assign(merged.properties, member.properties);
    merged.required.push(...(member.required ?? []));
    for (const [key, value] of Object.entries(member)) {
      if (key !== "properties" && key !== "required" && merged[key] === undefined) merged[key] = value;
    }
  }
  if (Object.keys(merged.properties).length === 0) delete merged.properties;
  if (merged.required.length === 0) delete merged.required;
  return merged;
}

const stable = (value) =>
  JSON.stringify(value, (_key, v) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );

/**
 * Walks two schemas side by side and returns the classified changes. Each schema comes as the model's
 * `resolveRef` gives it, `{ node, pointer }` (pointer: where it is, after its last `$ref`), or undefined when
 * there is none. `where` names the body (e.g. `GET /x → 200 application/json`); `at` is the field path inside it.
 */
export function diffSchemas(ctx, side, where, oldSchema, newSchema, at = "") {
  const changes = [];
  walk(oldSchema, newSchema, at, new Set());
  return changes;

  function add(rule, path, detail) {
    changes.push(change(rule, where, path ? `${path}: ${detail}` : detail));
  }

  /** Follows a subschema's `$ref`s; its pointer is the last one followed, else the field path. */
  function follow(doc, raw, path) {
    return raw === undefined ? undefined : resolveRef(doc, raw, path);
  }

  function descend(oldRaw, newRaw, path, visiting) {
    walk(follow(ctx.old, oldRaw, path), follow(ctx.new, newRaw, path), path, visiting);
  }

  function walk(oldResolved, newResolved, path, visiting) {
    if (oldResolved === undefined || newResolved === undefined) return;
    // A recursive schema (a tree of items) is compared once per pair of places.
    const pairKey = `${oldResolved.pointer}|${newResolved.pointer}`;
    if (visiting.has(pairKey)) return;
    const inner = new Set(visiting).add(pairKey);
    const before = flatten(ctx.old, oldResolved.node);
    const after = flatten(ctx.new, newResolved.node);
    if (typeof before !== "object" || typeof after !== "object") return;

    compareTypes(before, after, path);
    compareEnums(before, after, path);
    compareBounds(before, after, path);
    compareProperties(before, after, path, inner);
    compareVariants(before, after, path, inner, "oneOf");
    compareVariants(before, after, path, inner, "anyOf");
    if (before.items !== undefined && after.items !== undefined) descend(before.items, after.items, `${path}[]`, inner);
    compareOtherKeywords(before, after, path);
  }

  function compareTypes(before, after, path) {
    const oldTypes = typesOf(before);
    const newTypes = typesOf(after);
    if (!oldTypes || !newTypes) return;
    const dropped = [...oldTypes].filter((type) => !admits(newTypes, type));
    const gained = [...newTypes].filter((type) => !admits(oldTypes, type));
    const label = (set) => [...set].sort().join(" | ");
    const detail = `type ${label(oldTypes)} → ${label(newTypes)}`;
    if (side === "request") {
      if (dropped.length) add("request-type-narrowed", path, `${detail} (no longer accepts ${dropped.join(", ")})`);
      else if (gained.length || oldTypes.size !== newTypes.size) add("request-type-widened", path, detail);
    } else {
      if (gained.length) add("response-type-widened", path, `${detail} (can now be ${gained.join(", ")})`);
      else if (dropped.length || oldTypes.size !== newTypes.size) add("response-type-narrowed", path, detail);
    }
  }

  function compareEnums(before, after, path) {
    const oldValues = before.enum ?? (before.const !== undefined ? [before.const] : undefined);
    const newValues = after.enum ?? (after.const !== undefined ? [after.const] : undefined);
    if (!oldValues && !newValues) return;
    if (!oldValues || !newValues) {
      // A list of allowed values appeared or went away.
      const restricted = !oldValues;
      const listed = (restricted ? newValues : oldValues).map((v) => JSON.stringify(v)).join(", ");
      if (side === "request") {
        add(restricted ? "request-bounds-narrowed" : "request-bounds-widened", path, `${restricted ? "now limited to" : "no longer limited to"} ${listed}`);
      } else {
        add(restricted ? "response-bounds-narrowed" : "response-bounds-widened", path, `${restricted ? "now limited to" : "no longer limited to"} ${listed}`);
      }
      return;
    }
    const oldSet = new Set(oldValues.map(stable));
    const newSet = new Set(newValues.map(stable));
    for (const value of oldSet) {
      if (!newSet.has(value)) add(`${side}-enum-value-removed`, path, `enum value ${value} removed`);
    }
    for (const value of newSet) {
      if (!oldSet.has(value)) add(`${side}-enum-value-added`, path, `enum value ${value} added`);
    }
  }

  function compareBounds(before, after, path) {
    const tighter = (keyword, lower) => {
      const a = before[keyword];
      const b = after[keyword];
      if (a === b || (typeof a !== "number" && a !== undefined) || (typeof b !== "number" && b !== undefined)) return undefined;
      if (a === undefined) return true; // a limit appeared
      if (b === undefined) return false; // a limit went away
      return lower ? b > a : b < a;
    };
    const report = (narrowed, detail) => {
      const rule = side === "request" ? (narrowed ? "request-bounds-narrowed" : "request-bounds-widened") : narrowed ? "response-bounds-narrowed" : "response-bounds-widened";
      add(rule, path, detail);
    };
    for (const [keywords, lower] of [
      [LOWER_BOUNDS, true],
      [UPPER_BOUNDS, false],
    ]) {
      for (const keyword of keywords) {
        const narrowed = tighter(keyword, lower);
        if (narrowed !== undefined) report(narrowed, `${keyword} ${before[keyword] ?? "(none)"} → ${after[keyword] ?? "(none)"}`);
      }
    }
    if (before.pattern !== after.pattern) {
      // A new or different pattern may refuse values the old one took; only dropping it surely widens.
      report(after.pattern !== undefined, `pattern ${before.pattern ?? "(none)"} → ${after.pattern ?? "(none)"}`);
    }
    if (before.format !== after.format) {
      report(after.format !== undefined, `format ${before.format ?? "(none)"} → ${after.format ?? "(none)"}`);
    }
    const closed = (schema) => schema.additionalProperties === false;
    if (closed(before) !== closed(after)) {
      report(closed(after), closed(after) ? "no longer allows properties it does not list" : "now allows properties it does not list");
    }
  }

  function compareProperties(before, after, path, visiting) {
    const oldProps = before.properties ?? {};
    const newProps = after.properties ?? {};
    const oldRequired = new Set(before.required ?? []);
    const newRequired = new Set(after.required ?? []);
    const field = (name) => (path ? `${path}.${name}` : name);
    for (const name of Object.keys(oldProps)) {
      if (!(name in newProps)) add(`${side}-property-removed`, field(name), "field removed");
    }
    for (const name of Object.keys(newProps)) {
      if (!(name in oldProps)) {
        if (side === "request") add(newRequired.has(name) ? "request-property-added-required" : "request-property-added-optional", field(name), `${newRequired.has(name) ? "required" : "optional"} field added`);
        else add("response-property-added", field(name), "field added");
        continue;
      }
      const wasRequired = oldRequired.has(name);
      const isRequired = newRequired.has(name);
      if (wasRequired !== isRequired) add(`${side}-property-became-${isRequired ? "required" : "optional"}`, field(name), `now ${isRequired ? "required" : "optional"}`);
      descend(oldProps[name], newProps[name], field(name), visiting);
    }
  }

  function compareVariants(before, after, path, visiting, keyword) {
    const oldVariants = before[keyword];
    const newVariants = after[keyword];
    if (!oldVariants && !newVariants) return;
    if (oldVariants && newVariants && oldVariants.length === newVariants.length) {
      oldVariants.forEach((variant, i) => descend(variant, newVariants[i], `${path}<${keyword}[${i}]>`, visiting));
      return;
    }
    const key = (doc, variant) => stable(flatten(doc, resolveRef(doc, variant).node));
    const oldKeys = new Set((oldVariants ?? []).map((v) => key(ctx.old, v)));
    const newKeys = new Set((newVariants ?? []).map((v) => key(ctx.new, v)));
    const removed = [...oldKeys].filter((k) => !newKeys.has(k)).length;
    const added = [...newKeys].filter((k) => !oldKeys.has(k)).length;
    if (removed) add(`${side}-variant-removed`, path, `${removed} ${keyword} variant(s) removed`);
    if (added) add(`${side}-variant-added`, path, `${added} ${keyword} variant(s) added`);
  }

  function compareOtherKeywords(before, after, path) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    for (const key of keys) {
      if (HANDLED.has(key) || DOC_KEYWORDS.has(key) || key.startsWith("x-")) continue;
      if (stable(before[key]) !== stable(after[key])) add("schema-keyword-changed", path, `keyword "${key}" changed`);
    }
  }
}
