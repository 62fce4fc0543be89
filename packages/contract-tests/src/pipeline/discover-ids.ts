import type { LooseClient } from "../client/loose-client.js";
import type { JsonObject, Operation, Parameter } from "../spec/suite-spec.js";

/** Whether a value can stand for a path parameter (its text reads as the parameter's schema). */
export type ParameterFit = (parameter: Parameter, value: unknown) => boolean;

/** `/recordings/{id}/summary` → `/recordings`: the collection whose items carry the `{id}`. */
export function collectionPath(pathTemplate: string, parameter: string): string {
  return pathTemplate.slice(0, pathTemplate.indexOf(`/{${parameter}}`));
}

/** The item field that holds a usable value for the parameter: same name first, then `public_id`, then `id`. */
export function idFromItem(
  item: JsonObject,
  parameter: Parameter,
  fits: ParameterFit,
): unknown {
  const candidates = [parameter.name, "public_id", "id"].map((field) => item[field]);
  return candidates.find((value) => value !== undefined && value !== null && fits(parameter, value));
}

/**
 * Finds real path parameter values by listing the parent collection once (per collection) and taking its
 * first item; `undefined` when the collection is empty or has no list operation. A listing that failed (no
 * answer, or an error status such as 429) is not kept: the next caller, the writes after the reads, asks again.
 */
export function createIdDiscovery(
  client: LooseClient,
  operations: Operation[],
  fits: ParameterFit,
) {
  const lists = new Map<string, Promise<JsonObject[]>>();
  function firstItems(path: string): Promise<JsonObject[]> {
    let pending = lists.get(path);
    if (!pending) {
      const listing = operations.find((op) => op.method === "GET" && op.path === path);
      const forget = () => lists.delete(path);
      pending = listing
        ? client.request("get", path).then(
            ({ data, response }) => {
              if (!response.ok) forget();
              const items = (data as { data?: unknown } | undefined)?.data;
              return Array.isArray(items) ? (items as JsonObject[]) : [];
            },
            (error: unknown) => {
              forget();
              throw error;
            },
          )
        : Promise.resolve([]);
      lists.set(path, pending);
    }
    return pending;
  }

  /** The `id` of the first item of a collection the key can list, if there is one. */
  async function firstId(collection: string): Promise<unknown> {
    const items = await firstItems(collection);
    return items.map((item) => item["id"]).find((id) => id !== undefined && id !== null);
  }

  async function discover(operation: Operation): Promise<Record<string, unknown> | string> {
    const values: Record<string, unknown> = {};
    for (const parameter of operation.parameters.filter((p) => p.in === "path")) {
      const collection = collectionPath(operation.path, parameter.name);
      const items = await firstItems(collection);
      const value = items.map((item) => idFromItem(item, parameter, fits)).find((v) => v !== undefined);
      if (value === undefined) {
        return `GET ${collection} returned nothing usable as {${parameter.name}}, so ${operation.operationId} cannot be called on a real resource`;
      }
      values[parameter.name] = value;
    }
    return values;
  }

  return { discover, firstId };
}
