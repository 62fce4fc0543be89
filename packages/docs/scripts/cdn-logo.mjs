// Redoc's footer shows Redocly's logo as an <img> loaded from its CDN, and no option turns it off. We point
// those two image URLs at a small wordmark of ours (a data: URI), so the page makes no outside request.
const CDN_LOGOS = ["https://cdn.redoc.ly/redoc/logo-mini-full.svg", "https://cdn.redoc.ly/redoc/logo-mini.svg"];

/** Returns `html` with every CDN logo URL replaced; throws when Redoc no longer contains them (upgrade check). */
export function replaceCdnLogos(html, replacementUri) {
  let result = html;
  for (const url of CDN_LOGOS) {
    if (!result.includes(url)) {
      throw new Error(
        `The built page no longer contains ${url}: Redoc changed how it loads its footer logo. ` +
          "Check the page for requests to other hosts (the browser test lists them) and update scripts/cdn-logo.mjs.",
      );
    }
    result = result.replaceAll(url, replacementUri);
  }
  return result;
}
