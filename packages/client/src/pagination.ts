import type { IdentityCallClient, IdentityCallThrowingClient } from "./client-types.js";
import { errorFromResponse } from "./errors/from-response.js";
import { MalformedResponseError } from "./errors/malformed-response-error.js";
import type { components, paths } from "./generated/schema.js";
import { IdentityCallConfigError, type RequestPolicy } from "./options.js";

type ListQuery = NonNullable<paths["/recordings"]["get"]["parameters"]["query"]>;
/**
 * The filters of `GET /recordings`: `status`, `per_page`, and `page` to start from (default 1). Each may be
 * `undefined` (left out), so `{ per_page: options.perPage }` compiles under `exactOptionalPropertyTypes`.
 */
export type RecordingListQuery = { [K in keyof ListQuery]?: ListQuery[K] | undefined };
/** Per-request options that apply to every page fetched, and `maxPages`, a limit on how many are fetched. */
export type PageRequestOptions = RequestPolicy & {
  signal?: AbortSignal | undefined;
  headers?: Record<string, string> | undefined;
  maxPages?: number | undefined;
};

type Page = components["schemas"]["RecordingList"];

/** The page count, once the page is checked: a server that bends `meta` must not send paging into a loop. */
function totalPages(page: Page, asked: number, response: Response): number {
  const { data, meta } = (page ?? {}) as Partial<Page>;
  const problem = !Array.isArray(data) || !Number.isInteger(meta?.total_pages)
    ? "no data list, or no whole-number meta.total_pages"
    : meta!.current_page !== asked && `the server answered page ${meta!.current_page}: it does not honour ?page=`;
  if (problem) throw new MalformedResponseError(`GET /recordings?page=${asked}: ${problem}`, { status: response.status, body: page, headers: response.headers });
  return meta!.total_pages;
}

/**
 * Every page of `GET /recordings`, in order, fetched one at a time as you iterate. Stops after `meta.total_pages`,
 * at the first empty page, or after `maxPages` pages. A server that answers another page than the one asked for,
 * or no usable `meta`, ends it with a `MalformedResponseError` instead of an endless loop. An error status throws
 * its `IdentityCallError` subclass, whichever style the client was made with.
 */
export async function* recordingPages(
  client: IdentityCallClient | IdentityCallThrowingClient,
  query: RecordingListQuery = {},
  options: PageRequestOptions = {},
): AsyncGenerator<Page, void, undefined> {
  const { maxPages = Infinity, ...requestOptions } = options;
  if (!(maxPages >= 1)) throw new IdentityCallConfigError(`maxPages must be at least 1, got ${maxPages}`);
  for (let page = query.page ?? 1, fetched = 0; ; page++) {
    const { data, error, response } = await (client as IdentityCallClient).GET("/recordings", {
      // openapi-fetch skips an undefined option at run time; only its types (exactOptionalPropertyTypes) say no.
      ...(requestOptions as { headers?: Record<string, string> }),
      // openapi-fetch leaves an undefined query value out of the URL; only its types (exactOptionalPropertyTypes) say no.
      params: { query: { ...(query as ListQuery), page } },
    });
    if (!data) throw errorFromResponse(response, error, { method: "GET", url: response.url || "http://unknown.invalid/recordings" });
    const total = totalPages(data, page, response);
    yield data;
    if (++fetched >= maxPages || page >= total || data.data.length === 0) return;
  }
}

/** Every recording matching `query`, across all pages: `for await (const recording of allRecordings(client))`. */
export async function* allRecordings(
  client: IdentityCallClient | IdentityCallThrowingClient,
  query?: RecordingListQuery,
  options?: PageRequestOptions,
): AsyncGenerator<components["schemas"]["RecordingListItem"], void, undefined> {
  for await (const page of recordingPages(client, query, options)) yield* page.data;
}
