import type { Client, ClientPathsWithMethod, FetchResponse, MaybeOptionalInit } from "openapi-fetch";
import type { paths } from "./generated/schema.js";
import type { SingleRequestPolicy } from "./options.js";

type HttpMethod = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";
/**
 * The media types the types describe: JSON. A gateway's HTML page or empty body (which the spec allows on 429 and
 * 500) reaches a `{ data, error }` caller as `{ error: "…" }` all the same (see policy/error-body.ts).
 */
export type Media = "application/json";
type RequiredKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];
/**
 * The init argument: optional when nothing in it is required; per-request policies are typed too. Not offered per
 * call: `middleware` (a middleware expects a real Request, which the client builds only once one is registered
 * with `client.use`, see policy/deferred-request.ts), `fetch` and `Request` (openapi-fetch would send the call
 * around the client's policies; give `fetch` to the client), and `parseAs` (every answer is JSON, parsed once).
 */
type CallInit<Init> = Init & SingleRequestPolicy & { middleware?: never; fetch?: never; Request?: never; parseAs?: never };
type InitArg<Init> = RequiredKeys<Init> extends never ? [init?: CallInit<Init>] : [init: CallInit<Init>];

/** What a throwing-style call resolves to: the success branch only, `data` without `undefined`. */
export type ThrownResult<R> = R extends { data: infer D } ? { data: Exclude<D, undefined>; response: Response } : never;

/** The operation object of a path and method; `Extract` satisfies openapi-fetch's constraint for absent methods. */
type Operation<Path extends keyof paths, M extends HttpMethod> = Extract<paths[Path][M], Record<string | number, any>>;

type Method<M extends HttpMethod, Throwing extends boolean> = <
  Path extends ClientPathsWithMethod<Client<paths>, M>,
  Init extends MaybeOptionalInit<paths[Path], M>,
>(
  url: Path,
  ...init: InitArg<Init>
) => Promise<
  Throwing extends true ? ThrownResult<FetchResponse<Operation<Path, M>, Init, Media>> : FetchResponse<Operation<Path, M>, Init, Media>
>;

type Methods<Throwing extends boolean> = {
  GET: Method<"get", Throwing>;
  PUT: Method<"put", Throwing>;
  POST: Method<"post", Throwing>;
  DELETE: Method<"delete", Throwing>;
  HEAD: Method<"head", Throwing>;
  PATCH: Method<"patch", Throwing>;
};

/** The openapi-fetch client for every path of the API: calls resolve to `{ data, error, response }`. */
export type IdentityCallClient = Omit<Client<paths>, keyof Methods<false> | "OPTIONS" | "TRACE" | "request"> & Methods<false>;

/** The client made with `throwOnError: true`: calls resolve to `{ data, response }` or throw an `IdentityCallError`. */
export type IdentityCallThrowingClient = Omit<IdentityCallClient, keyof Methods<false>> & Methods<true>;
