import { describe, expect, it } from "vitest";
import { startMockServer } from "../dist/index.js";

const auth = { Authorization: "Bearer idc_0123456789abcdefghijklmnopqrstuv" };

describe("startMockServer", () => {
  it("serves the documented examples on a free port and frees it on close", async () => {
    const mock = await startMockServer();
    expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${mock.url}/virtual_numbers`, { headers: auth });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { id: number }[] };
    expect(body.data.map((n) => n.id)).toEqual([7, 8]);
    await mock.close();
    await expect(fetch(`${mock.url}/virtual_numbers`, { headers: auth })).rejects.toThrow();
  });

  it("answers the status a Prefer header asks for", async () => {
    const mock = await startMockServer();
    try {
      const response = await fetch(`${mock.url}/virtual_numbers`, { headers: { ...auth, Prefer: "code=403" } });
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({ error: "Read permission required" });
    } finally {
      await mock.close();
    }
  });

  it("answers the success the API is expected to give where the spec tolerates another, unless asked otherwise", async () => {
    const mock = await startMockServer();
    try {
      const post = (path: string, body: unknown, prefer?: string) =>
        fetch(`${mock.url}${path}`, {
          method: "POST",
          headers: { ...auth, "content-type": "application/json", ...(prefer ? { Prefer: prefer } : {}) },
          body: JSON.stringify(body),
        });
      const project = { name: "Support", language: "en" };
      // createProject documents 201 and tolerates 200; Prism alone would pick the lower.
      expect((await post("/projects", project)).status).toBe(201);
      expect((await post("/projects", project, "code=200")).status).toBe(200);
      expect((await post("/projects", project, "example=documented")).status).toBe(201);
      // addVirtualNumberOperator documents 200 and tolerates 201.
      expect((await post("/virtual_numbers/7/add_operator", { operator_id: 22 })).status).toBe(200);
    } finally {
      await mock.close();
    }
  });

  it("generates schema-valid data in dynamic mode, the same for the same seed", async () => {
    const first = await startMockServer({ dynamic: true, seed: "identitycall" });
    const second = await startMockServer({ dynamic: true, seed: "identitycall" });
    try {
      const [a, b] = await Promise.all(
        [first, second].map((m) => fetch(`${m.url}/virtual_numbers`, { headers: auth }).then((r) => r.json())),
      );
      expect(a).toEqual(b);
      expect(a).toHaveProperty("data");
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });

  it("refuses a port that is not a port, before listening", async () => {
    await expect(startMockServer({ port: 70000 })).rejects.toThrow(/port must be an integer from 0 to 65535/);
  });
});
