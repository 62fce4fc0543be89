import type { IdentityCallClient, IdentityCallThrowingClient } from "@identitycall/client";

/** What every call through the client resolves to, whatever the operation. */
export interface ClientResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/**
 * The typed client seen through a path-agnostic signature: the suite walks the operations of whatever spec
 * is bundled, so it names paths as strings read from the document rather than as literal types.
 */
export interface LooseClient {
  request(method: string, path: string, init?: Record<string, unknown>): Promise<ClientResult>;
}

type MethodCall = (path: string, init?: Record<string, unknown>) => Promise<ClientResult>;

/** Calls `client.GET(path, init)`, `client.POST(...)`… by a method name read from the spec. */
export function asLooseClient(client: IdentityCallClient | IdentityCallThrowingClient): LooseClient {
  const methods = client as unknown as Record<string, MethodCall>;
  return {
    request(method, path, init) {
      const call = methods[method.toUpperCase()];
      if (!call) throw new TypeError(`The client has no ${method.toUpperCase()} method`);
      return call(path, init);
    },
  };
}
