import { describe, expect, inject, it } from "vitest";
import { createIdentityCallClient, type VirtualNumberSummary } from "@identitycall/client";
import { documentedExample } from "./documented-examples.js";

const client = createIdentityCallClient({ apiKey: "idc_0123456789abcdefghijklmnopqrstuv", baseUrl: inject("baseUrl") });

describe("GET /virtual_numbers (listVirtualNumbers)", () => {
  it("200: returns the documented list of virtual numbers", async () => {
    const { data, error, response } = await client.GET("/virtual_numbers");
    expect(response.status).toBe(200);
    expect(error).toBeUndefined();
    const numbers: VirtualNumberSummary[] | undefined = data?.data;
    expect(data).toEqual(documentedExample("VirtualNumberSummaryList"));
    expect(numbers?.[0]?.operators.length).toBeLessThanOrEqual(3);
  });

  it("401: a request without an API key is refused", async () => {
    const { data, error, response } = await client.GET("/virtual_numbers", {
      headers: { Authorization: null },
    });
    expect(response.status).toBe(401);
    expect(data).toBeUndefined();
    expect(error).toEqual(documentedExample("ErrorInvalidKey"));
  });

  it("403: a key without read permission is refused", async () => {
    const { data, error, response } = await client.GET("/virtual_numbers", {
      headers: { Prefer: "code=403" },
    });
    expect(response.status).toBe(403);
    expect(data).toBeUndefined();
    expect(error).toEqual({ error: "Read permission required" });
  });
});
