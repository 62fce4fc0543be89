import { describe, expect, it } from "vitest";
import { createIdentityCallClient, NotFoundError } from "../src/index.js";
import { KEY, serve, status } from "./helpers.js";

const numbers = { data: [{ id: 1, phone_number: "+15551234567", name: "Main line" }] };

describe("throwOnError", () => {
  it("resolves to { data, response } on success", async () => {
    const server = await serve(status(200, numbers));
    const client = createIdentityCallClient({ apiKey: KEY, baseUrl: server.url, throwOnError: true });
    const { data, response } = await client.GET("/virtual_numbers");
    expect(data).toEqual(numbers);
    expect(response.status).toBe(200);
  });

  it("throws the class of the status instead of returning { error }", async () => {
    const server = await serve(status(404, { error: "Resource not found" }));
    const client = createIdentityCallClient({ apiKey: KEY, baseUrl: server.url, throwOnError: true });
    await expect(client.GET("/virtual_numbers")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("is off by default: error statuses come back as { error, response }", async () => {
    const server = await serve(status(404, { error: "Resource not found" }));
    const client = createIdentityCallClient({ apiKey: KEY, baseUrl: server.url });
    const { data, error, response } = await client.GET("/virtual_numbers");
    expect(data).toBeUndefined();
    expect(error).toEqual({ error: "Resource not found" });
    expect(response.status).toBe(404);
  });
});
