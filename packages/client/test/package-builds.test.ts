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

describe("errors across the two builds", () => {
  it("an error from the CommonJS build is an instance of the ESM build's classes, and the reverse", async () => {
    const cjs = createRequire(import.meta.url)(new URL("../dist/index.cjs", import.meta.url).pathname) as typeof Source;
    const esm = (await import(new URL("../dist/index.js", import.meta.url).href)) as typeof Source;
    expect(cjs.NotFoundError).not.toBe(esm.NotFoundError);
    const server = await serve(status(404, { error: "Resource not found" }));
    for (const [made, other] of [[cjs, esm], [esm, cjs]] as const) {
      const client = made.createIdentityCallClient({ apiKey: KEY, baseUrl: server.url, throwOnError: true });
      const error = await client.GET("/virtual_numbers").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(other.NotFoundError);
      expect(error).toBeInstanceOf(other.IdentityCallError);
      expect(error).not.toBeInstanceOf(other.PermissionError);
      expect(error).not.toBeInstanceOf(other.ValidationError);
    }
    expect(new Error("plain")).not.toBeInstanceOf(esm.IdentityCallError);
  });
});
