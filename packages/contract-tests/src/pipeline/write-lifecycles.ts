import { documentedResponse, type Operation } from "../spec/suite-spec.js";

/** A resource the suite may create, read, change and delete again, all within one run. */
export interface WriteLifecycle {
  create: Operation;
  read?: Operation;
  update?: Operation;
  remove: Operation;
  /** The path parameter naming the created resource in the item paths. */
  idParameter: string;
}

/**
 * Creations the run can undo: a POST that documents 201 on a collection whose item path has a DELETE.
 * Anything else (buying a phone number, attaching operators to existing numbers) is never sent, because the
 * run could not remove what it made.
 */
export function findWriteLifecycles(operations: Operation[]): WriteLifecycle[] {
  const lifecycles: WriteLifecycle[] = [];
  for (const create of operations) {
    if (create.method !== "POST" || create.path.includes("{")) continue;
    if (!documentedResponse(create, 201)) continue;
    const itemPattern = new RegExp(`^${create.path.replace(/[.*+?^$()|[\]\\]/g, "\\$&")}/\\{([^}/]+)\\}$`);
    const remove = operations.find((op) => op.method === "DELETE" && itemPattern.test(op.path));
    if (!remove) continue;
    const idParameter = itemPattern.exec(remove.path)?.[1] ?? "id";
    const read = operations.find((op) => op.method === "GET" && op.path === remove.path);
    const update = operations.find((op) => op.method === "PATCH" && op.path === remove.path);
    lifecycles.push({ create, remove, idParameter, ...(read ? { read } : {}), ...(update ? { update } : {}) });
  }
  return lifecycles;
}

/**
 * Marks names in a sample body so anyone looking at the account sees where the resource came from; the
 * operation's idempotency key (`x-idempotency-key`) gets the run's label too, so a rerun is not taken for a repeat.
 */
export function labelled(body: unknown, runLabel: string, idempotencyKey?: string): unknown {
  if (body instanceof FormData) {
    if (body.has("name")) body.set("name", runLabel);
    if (idempotencyKey && body.has(idempotencyKey)) body.set(idempotencyKey, runLabel);
    return body;
  }
  if (typeof body === "object" && body !== null && typeof (body as { name?: unknown }).name === "string") {
    return { ...body, name: runLabel };
  }
  return body;
}

/** `project_id` → `/projects`: the collection a reference field points into, by the API's naming. */
export const referencedCollection = (field: string) => (field.endsWith("_id") ? `/${field.slice(0, -3)}s` : undefined);

/**
 * Replaces reference fields of a sample body (`project_id` in an upload form) with an id the key can really
 * use, found by `lookup`; a reference with no usable id is left out, so the API applies its default. The
 * idempotency key is the caller's own value, never a reference, whatever its name.
 */
export async function withRealReferences(
  body: unknown,
  lookup: (collection: string) => Promise<unknown>,
  idempotencyKey?: string,
): Promise<unknown> {
  const fields =
    body instanceof FormData ? [...new Set(body.keys())] : typeof body === "object" && body !== null ? Object.keys(body) : [];
  let result = body;
  for (const field of fields) {
    const collection = referencedCollection(field);
    if (!collection || field === idempotencyKey) continue;
    const id = await lookup(collection);
    if (result instanceof FormData) {
      if (id === undefined) result.delete(field);
      else result.set(field, String(id));
    } else {
      const { [field]: _dropped, ...rest } = result as Record<string, unknown>;
      result = id === undefined ? rest : { ...rest, [field]: id };
    }
  }
  return result;
}
