import { describe, expect, it } from "vitest";
import { CLIENT_BUDGET_BYTES, measureBundles, PACKAGE_BUDGET_BYTES } from "../scripts/bundle-size.mjs";

describe("bundle size (built dist, with openapi-fetch, minified and gzipped)", () => {
  it("keeps the client with all its policies, and the whole package, within their budgets", async () => {
    const { client, everything } = await measureBundles();
    console.log(`client: ${client.gzipped} B gzipped; whole package: ${everything.gzipped} B gzipped`);
    expect(client.gzipped).toBeLessThanOrEqual(CLIENT_BUDGET_BYTES);
    expect(everything.gzipped).toBeLessThanOrEqual(PACKAGE_BUDGET_BYTES);
    // The figures are of real bundles: openapi-fetch alone is over 2 kB gzipped, and the helpers add to the client.
    expect(client.gzipped).toBeGreaterThan(3_000);
    expect(everything.gzipped).toBeGreaterThan(client.gzipped);
  }, 30_000);
});
