import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import type * as Source from "../src/index.js";
import { serve, status } from "./helpers.js";

const KEY = "idc_0123456789abcdefghijklmnopqrstuv";

describe("the built package", () => {
  it.each([
    // Loaded by computed URL, so the type checker needs only the sources, never a half-written dist.
    ["CommonJS (require)", () => createRequire(import.meta.url)(new URL("../dist/index.cjs", import.meta.url).pathname) as typeof Source],
    ["ESM (import)", () => import(new URL("../dist/index.js", import.meta.url).href) as Promise<typeof Source>],
  ])("works from %s: requests, typed errors", async (_kind, load) => {
    const built = await load();
    const server = await serve(status(404, { error: "Resource not found" }));
    const client = built.createIdentityCallClient({ apiKey: KEY, baseUrl: server.url, throwOnError: true });
    const error = await client.GET("/virtual_numbers").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(built.NotFoundError);
    expect(error).toBeInstanceOf(built.IdentityCallError);
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${KEY}`);
  });
});
