import { defaultPathSerializer } from "openapi-fetch";
import { IdentityCallConfigError } from "./options.js";

/**
 * Fills a path template as openapi-fetch does, refusing first a value that would leave its segment: a missing
 * one (it would send `%7Bid%7D`), or an empty, `.` or `..` one (the URL would climb to another resource, so
 * `DELETE /recordings/{id}` with id `..` would delete at the collection).
 */
export function checkedPathSerializer(pathname: string, params: Record<string, unknown>): string {
  // Most paths have no parameter: nothing to check or fill.
  if (!pathname.includes("{")) return pathname;
  for (const [, name] of pathname.matchAll(/{(\w+)}/g)) {
    if (/^\.{0,2}$/.test(params[name!] as string ?? "")) throw new IdentityCallConfigError(`Path parameter ${name} is "${params[name!]}"`);
  }
  return defaultPathSerializer(pathname, params);
}
