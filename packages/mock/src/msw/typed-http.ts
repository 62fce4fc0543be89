// Overrides typed by the spec: `identityCallHttp.get("/virtual_numbers", () => HttpResponse.json(body))` compiles
// only for a path and method the API has, and only with a body one of its documented JSON answers allows.
import { http, type DefaultBodyType, type HttpHandler, type HttpResponseResolver, type PathParams, type RequestHandlerOptions } from "msw";
import type { paths } from "@identitycall/client";
import { DEFAULT_BASE_URL } from "./handlers.js";

/** The methods the API uses (it has no PUT). */
type Method = "get" | "post" | "patch" | "delete";

/** The API's paths that have the method. */
type PathsWith<M extends Method> = { [P in keyof paths]: paths[P] extends { [K in M]: object } ? P : never }[keyof paths];

/** Every JSON body the operation documents, successes and errors alike. */
type ResponseBody<P extends keyof paths, M extends Method> = paths[P][M] extends { responses: infer R }
  ? { [S in keyof R]: R[S] extends { content: { "application/json": infer B } } ? B : never }[keyof R]
  : never;

/** The JSON body the operation takes, if any. */
type RequestBody<P extends keyof paths, M extends Method> = paths[P][M] extends { requestBody?: { content: { "application/json": infer B } } }
  ? B extends DefaultBodyType
    ? B
    : DefaultBodyType
  : DefaultBodyType;

/** `{id}` → `:id`: MSW's way of naming a path parameter. */
type ParamsOf<P extends string> = P extends `${string}{${infer Name}}${infer Rest}` ? { [K in Name]: string } & ParamsOf<Rest> : {};

type TypedMethod<M extends Method> = <P extends PathsWith<M>>(
  path: P,
  resolver: HttpResponseResolver<ParamsOf<P & string> & PathParams, RequestBody<P, M>, ResponseBody<P, M>>,
  /** MSW's own options, e.g. `{ once: true }` for an override that answers one request only. */
  options?: RequestHandlerOptions,
) => HttpHandler;

export type IdentityCallHttp = { [M in Method]: TypedMethod<M> };

/**
 * MSW's `http`, for the API's paths under `baseUrl` (default the production base URL): put the result in front of
 * the session's handlers with `server.use(...)` to answer one request your own way.
 */
export function createIdentityCallHttp(baseUrl: string = DEFAULT_BASE_URL): IdentityCallHttp {
  const base = baseUrl.replace(/\/+$/, "");
  const route = (path: string) => `${base}${path.replace(/\{([^}]+)\}/g, ":$1")}`;
  const typed = <M extends Method>(method: M): TypedMethod<M> =>
    ((path: string, resolver: HttpResponseResolver, options?: RequestHandlerOptions) =>
      http[method](route(path), resolver, options)) as unknown as TypedMethod<M>;
  return { get: typed("get"), post: typed("post"), patch: typed("patch"), delete: typed("delete") };
}

/** The typed `http` for the default base URL. */
export const identityCallHttp = createIdentityCallHttp();
