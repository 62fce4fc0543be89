import type { ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import {
  AuthenticationError,
  ConnectionError,
  IdentityCallError,
  MalformedResponseError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ServerError,
  ValidationError,
} from "../src/index.js";
import { serve, status, untypedClient } from "./helpers.js";
import { startLocalServer, type RecordedRequest } from "./local-server.js";

/** Throwing-style GET against a server that always answers with `handler`. */
async function thrownBy(handler: (req: RecordedRequest, res: ServerResponse) => void): Promise<unknown> {
  const server = await serve(handler);
  return untypedClient({ baseUrl: server.url, throwOnError: true, maxRetries: 0 })
    .GET("/virtual_numbers")
    .catch((e: unknown) => e);
}

describe("error classes by status", () => {
  it.each([
    [401, AuthenticationError, { error: "Invalid or expired API key" }, /^GET \/virtual_numbers: 401 Invalid or expired API key \(check the API key\)$/],
    [403, PermissionError, { error: "Write permission required" }, /403 Write permission required \(the key lacks/],
    [404, NotFoundError, { error: "Resource not found" }, /404 Resource not found/],
    [422, ValidationError, { errors: ["name is too long", "phone_number is invalid"] }, /name is too long; phone_number is invalid/],
    [429, RateLimitError, { error: "Too many requests" }, /429 Too many requests \(rate limited/],
    [500, ServerError, { error: "Internal server error" }, /500 Internal server error \(server error: try later\)/],
    [503, ServerError, { error: "Unavailable" }, /503/],
    [409, IdentityCallError, { error: "Conflict" }, /409 Conflict/],
  ])("%i gives %s with status, parsed body, headers and request id", async (code, ErrorClass, body, message) => {
    const error = await thrownBy(status(code, body, { "x-request-id": `req-${code}`, "retry-after": "7" }));
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(IdentityCallError);
    expect(error).toBeInstanceOf(Error);
    const e = error as IdentityCallError;
    expect(e.name).toBe(ErrorClass.name);
    expect(e.message).toMatch(message);
    expect(e.status).toBe(code);
    expect(e.body).toEqual(body);
    expect(e.headers?.get("x-request-id")).toBe(`req-${code}`);
    expect(e.requestId).toBe(`req-${code}`);
  });

  it("says in its message what any body shape says: a problem's title and detail, a validator's list, a gateway's text", async () => {
    const problem = await thrownBy(status(400, { title: "Invalid request", detail: "page must be >= 1" }));
    expect((problem as Error).message).toBe("GET /virtual_numbers: 400 Invalid request; page must be >= 1 (see body)");
    const prism = await thrownBy(status(422, { title: "Invalid request", validation: [{ location: ["query", "page"], message: "must be >= 1" }] }));
    expect((prism as Error).message).toMatch(/^GET \/virtual_numbers: 422 Invalid request; query\.page: must be >= 1 \(fix the fields/);
    const gateway = await thrownBy((_req, res) => res.writeHead(502, { "content-type": "text/html" }).end("<h1>Bad Gateway</h1>"));
    expect((gateway as Error).message).toBe("GET /virtual_numbers: 502 <h1>Bad Gateway</h1> (server error: try later)");
  });

  it("lists every validation message in ValidationError.errors, from either body shape", async () => {
    const many = await thrownBy(status(422, { errors: ["a is required", "b is invalid"] }));
    expect((many as ValidationError).errors).toEqual(["a is required", "b is invalid"]);
    const one = await thrownBy(status(422, { error: "phone_number is required" }));
    expect((one as ValidationError).errors).toEqual(["phone_number is required"]);
  });

  it("gives RateLimitError the Retry-After delay in ms", async () => {
    const error = (await thrownBy(status(429, { error: "slow" }, { "retry-after": "30" }))) as RateLimitError;
    expect(error.retryAfterMs).toBe(30_000);
    const without = (await thrownBy(status(429, {}))) as RateLimitError;
    expect(without.retryAfterMs).toBeUndefined();
  });

  it("leaves requestId undefined when the server sends none", async () => {
    const error = (await thrownBy(status(404, { error: "Resource not found" }))) as NotFoundError;
    expect(error.requestId).toBeUndefined();
  });

  it("serializes to JSON with its fields, for structured logs", async () => {
    const error = await thrownBy(status(404, { error: "Resource not found" }, { "x-request-id": "abc" }));
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ name: "NotFoundError", status: 404, requestId: "abc" });
  });
});

describe("bodies that are not what they should be", () => {
  it("a 200 whose body is not JSON gives MalformedResponseError with the text, in both styles", async () => {
    const html = (_req: RecordedRequest, res: ServerResponse) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end("<html>Login</html>");
    };
    const error = await thrownBy(html);
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect(error).toMatchObject({ status: 200, body: "<html>Login</html>" });
    expect(String(error)).toMatch(/200 with a body that is not JSON: is baseUrl right\?/);
    const server = await serve(html);
    await expect(untypedClient({ baseUrl: server.url }).GET("/virtual_numbers")).rejects.toBeInstanceOf(MalformedResponseError);
  });

  it("a 200 with an empty body gives MalformedResponseError", async () => {
    const error = await thrownBy((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end();
    });
    expect(error).toBeInstanceOf(MalformedResponseError);
  });

  it("a 200 whose JSON is cut short (invalid) gives MalformedResponseError, not retried", async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"data": [{"id": 1');
    });
    await expect(untypedClient({ baseUrl: server.url }).GET("/virtual_numbers")).rejects.toBeInstanceOf(MalformedResponseError);
    expect(server.requests).toHaveLength(1);
  });

  it("a body that stops before its Content-Length gives ConnectionError", async () => {
    const error = await thrownBy((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "500" });
      res.write('{"data": [');
      setTimeout(() => res.destroy(), 20);
    });
    expect(error).toBeInstanceOf(ConnectionError);
  });

  it("an error status with an HTML body keeps the text as body and still gets its class", async () => {
    const error = await thrownBy((_req, res) => {
      res.writeHead(502, { "content-type": "text/html" });
      res.end("<h1>Bad Gateway</h1>");
    });
    expect(error).toBeInstanceOf(ServerError);
    expect(error).toMatchObject({ status: 502, body: "<h1>Bad Gateway</h1>" });
  });

  it("an error status with an empty body still gets its class", async () => {
    const error = await thrownBy((_req, res) => {
      res.writeHead(403);
      res.end();
    });
    expect(error).toBeInstanceOf(PermissionError);
    expect((error as PermissionError).message).toMatch(/^GET \/virtual_numbers: 403 no message in the body \(/);
  });

  it("in the { data, error } style, an error answer without a JSON body still gives a truthy { error }", async () => {
    const answers: [number, string, Record<string, string>, string][] = [
      [429, "", { "retry-after": "1", "content-length": "0" }, "429 Too Many Requests, with an empty body"],
      [500, "", {}, "500 Internal Server Error, with an empty body"],
      [502, "<html><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>", { "content-type": "text/html" }, "502 Bad Gateway: 502 Bad Gateway nginx"],
    ];
    for (const [code, body, headers, message] of answers) {
      const server = await serve((_req, res) => {
        res.writeHead(code, headers);
        res.end(body);
      });
      const { data, error, response } = await untypedClient({ baseUrl: server.url, maxRetries: 0 }).GET("/virtual_numbers");
      // `if (error)` must see the failure: an undefined or empty error beside no data would pass for a success.
      expect(error, `${code}`).toEqual({ error: message });
      expect(data).toBeUndefined();
      expect(response.status).toBe(code);
    }
  });

  it("a 204 is a success with no data", async () => {
    const server = await serve((_req, res) => {
      res.writeHead(204);
      res.end();
    });
    const { data, error, response } = await untypedClient({ baseUrl: server.url }).DELETE("/projects/1");
    expect([data, error, response.status]).toEqual([undefined, undefined, 204]);
  });
});

describe("no response at all", () => {
  it("a refused connection gives ConnectionError naming the host and the cause", async () => {
    const closed = await startLocalServer(() => undefined);
    await closed.close();
    const error = await untypedClient({ baseUrl: closed.url, maxRetries: 0 })
      .GET("/virtual_numbers")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(String(error)).toContain(new URL(closed.url).host);
    expect(String(error)).toContain("ECONNREFUSED");
    expect((error as ConnectionError).status).toBeUndefined();
    expect((error as ConnectionError).cause).toBeInstanceOf(Error);
  });
});
