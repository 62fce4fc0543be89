// Local $ref lookup in a bundled document: a bundle holds only `#/...` references.

function atPointer(doc, pointer) {
  if (!pointer.startsWith("#/")) {
    throw new Error(`spec-diff: only local $refs are supported in a bundled spec, found "${pointer}"; bundle the spec first`);
  }
  return pointer
    .slice(2)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce((node, key) => (node == null ? undefined : node[key]), doc);
}

/**
 * Follows `$ref`s until a real node. Returns the node and the last ref followed (or undefined), which the
 * schema walk uses to stop on recursive schemas.
 */
export function deref(doc, node) {
  let current = node;
  let ref;
  const seen = new Set();
  while (current && typeof current === "object" && typeof current.$ref === "string") {
    ref = current.$ref;
    if (seen.has(ref)) throw new Error(`spec-diff: $ref cycle through ${ref}`);
    seen.add(ref);
    current = atPointer(doc, ref);
    if (current === undefined) throw new Error(`spec-diff: $ref ${ref} points at nothing`);
  }
  return { node: current, ref };
}
