/**
 * What openapi-fetch builds for each call, given as its `Request` option: the URL and init it would have made a
 * Request of, kept as they are. The runtime's fetch builds a Request from its own arguments anyway, so one built
 * here first would only be copied and thrown away (in Node 20 a Request with its signal costs tens of
 * microseconds, a tenth of a loopback round trip). The policy fetch hands url and init straight to the runtime's
 * fetch, and makes a real Request only for a `fetch` of the user's, a test stub or interceptor, or an upload's
 * own transport (see `toRequest`).
 */
export class DeferredRequest {
  /** openapi-fetch's init for this call: method, headers, body, redirect, the caller's signal and policies. */
  readonly init: RequestInit & { signal?: AbortSignal | null | undefined };

  constructor(
    readonly url: string,
    init: RequestInit | undefined,
  ) {
    // openapi-fetch makes a fresh init for every call and never touches it again: it is kept, not copied.
    this.init = init ?? {};
  }

  get method(): string {
    return this.init.method ?? "GET";
  }

  /** The live headers openapi-fetch merged: a change made here goes out with the request. */
  get headers(): Headers {
    return (this.init.headers ??= new Headers()) as Headers;
  }

  /** A Request of this call, with `body` in place of the first one when given (a retry's copy of an upload). */
  toRequest(body?: BodyInit | null): Request {
    return new Request(this.url, body === undefined ? this.init : ({ ...this.init, body, duplex: "half" } as RequestInit));
  }
}

/**
 * The `Request` option of one client. openapi-fetch hands a middleware the object it built, and a middleware
 * (`client.use(…)`) expects a real Request: once one is registered on the client (`state.middleware`), every call
 * builds one, as openapi-fetch itself would.
 */
export function requestClassFor(state: { middleware: boolean }): typeof Request {
  function PolicyRequest(url: string, init?: RequestInit): Request | DeferredRequest {
    return state.middleware ? new Request(url, init) : new DeferredRequest(url, init);
  }
  // openapi-fetch checks what a middleware returns with `instanceof` this option: a real Request must pass.
  Object.defineProperty(PolicyRequest, Symbol.hasInstance, { value: (value: unknown) => value instanceof Request });
  return PolicyRequest as unknown as typeof Request;
}
