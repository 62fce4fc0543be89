import { CLIENT_ID } from "./version.js";

/**
 * Headers that name this client. Browsers do not let scripts set `User-Agent`, so there only
 * `X-IdentityCall-Client` is sent; elsewhere both are.
 */
export function clientHeaders(): Record<string, string> {
  const browser = (globalThis as { navigator?: { userAgent?: string } }).navigator?.userAgent?.startsWith("Mozilla/");
  return { "X-IdentityCall-Client": CLIENT_ID, ...(!browser && { "User-Agent": CLIENT_ID }) };
}
