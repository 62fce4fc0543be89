// The path of a request target as the mock routes it. A target is whatever bytes the client sent after the
// method: an origin-form path, an absolute URL, or garbage (`http://[`, a port past 65535), and none of them
// may throw in the request listener.

export interface RequestPath {
  /** The decoded-safe path only, for matching against the spec's path templates. */
  pathname: string;
  /** Path and query as forwarded to Prism: always origin-form, whatever form the client sent. */
  pathAndQuery: string;
}

const BASE = "http://mock.invalid";

/** The target's path, or undefined when the target cannot be read as a URL at all. */
export function requestPath(target: string | undefined): RequestPath | undefined {
  if (!target) return undefined;
  let url: URL;
  try {
    // BASE + target, not new URL(target, BASE): a path starting with // is a path here, not another host.
    url = new URL(target.startsWith("/") ? `${BASE}${target}` : target);
  } catch {
    return undefined;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  return { pathname: url.pathname, pathAndQuery: `${url.pathname}${url.search}` };
}
