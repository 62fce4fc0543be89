import type { IdentityCallClient, IdentityCallThrowingClient } from "./client-types.js";
import { errorFromResponse } from "./errors/from-response.js";
import type { components, paths } from "./generated/schema.js";
import type { RequestPolicy } from "./options.js";

/** The filters of `GET /recordings`: `status`, `per_page`, and `page` to start from (default 1). */
export type RecordingListQuery = NonNullable<paths["/recordings"]["get"]["parameters"]["query"]>;
/** Per-request options that apply to every page fetched. */
export type PageRequestOptions = RequestPolicy & { signal?: AbortSignal; headers?: Record<string, string> };

/**
 * Every page of `GET /recordings`, in order, fetched one at a time as you iterate. Follows `meta` and stops
 * after the last page (or at the first empty page). An error status throws its `IdentityCallError` subclass,
 * whichever style the client was made with.
 */
export async function* recordingPages(
  client: IdentityCallClient | IdentityCallThrowingClient,
  query: RecordingListQuery = {},
  options: PageRequestOptions = {},
): AsyncGenerator<components["schemas"]["RecordingList"], void, undefined> {
  for (let page = query.page ?? 1; ; ) {
    const { data, error, response } = await (client as IdentityCallClient).GET("/recordings", {
      ...options,
      params: { query: { ...query, page } },
    });
    if (!data) throw errorFromResponse(response, error);
    yield data;
    const { current_page, total_pages } = data.meta;
    if (current_page >= total_pages || !data.data.length) return;
    page = current_page + 1;
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
