import { describe, expect, it, vi } from "vitest";
import { IdentityCallError, TimeoutError, type RequestEvent } from "../src/index.js";
import { inTurn, serve, status, untilAborted, untypedClient } from "./helpers.js";
import type { RecordedRequest } from "./local-server.js";
import type { ServerResponse } from "node:http";

/** Never answers (the server closes the socket when the test ends). */
const silent = () => () => undefined;
/** Sends the status line and part of the body, then stalls. */
const stallBody = () => (_req: RecordedRequest, res: ServerResponse) => {
  res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
  res.write('{"data": [');
};

describe("timeouts", () => {
  it("ends an attempt that gets no answer within timeoutMs with a TimeoutError", async () => {
    const server = await serve(silent());
    const started = Date.now();
    const error = await untypedClient({ baseUrl: server.url, timeoutMs: 50, maxRetries: 0 })
      .GET("/virtual_numbers")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toBeInstanceOf(IdentityCallError);
    expect(String(error)).toMatch(/within 50 ms: raise timeoutMs/);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("times out through a custom fetch that passes on only the Request", async () => {
    const server = await serve(silent());
    const forwardRequestOnly = (input: RequestInfo | URL) => fetch(input);
    const error = await untypedClient({ baseUrl: server.url, timeoutMs: 50, maxRetries: 0, fetch: forwardRequestOnly })
      .GET("/virtual_numbers")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
  });

  it("cancels the transfer through a custom fetch that spreads init into one of its own", async () => {
    let closedByClient!: () => void;
    const closed = new Promise<void>((resolve) => (closedByClient = resolve));
    const server = await serve((_req, res) => res.on("close", closedByClient));
    const spreadsInit = (request: Request, init?: RequestInit) => fetch(request, { ...init, redirect: "error" });
    const error = await untypedClient({ baseUrl: server.url, timeoutMs: 50, maxRetries: 0, fetch: spreadsInit })
      .GET("/virtual_numbers")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    // The signal went out with the spread init: the connection is closed by the client, not at the end of the test.
    let wait: ReturnType<typeof setTimeout> | undefined;
    const stillOpen = new Promise((resolve) => (wait = setTimeout(resolve, 10_000, "still open")));
    const outcome = await Promise.race([closed.then(() => "closed"), stillOpen]);
    clearTimeout(wait);
    expect(outcome).toBe("closed");
  }, 30_000);

  it("times out through a custom fetch that reads the signal twice (taking it, then spreading init)", async () => {
    const readsTwice = (_request: Request, init?: RequestInit) => {
      const taken = { signal: init!.signal! };
      void { ...init };
      return untilAborted(taken);
    };
    const error = await untypedClient({ baseUrl: "http://127.0.0.1:9", timeoutMs: 50, maxRetries: 0, fetch: readsTwice })
      .GET("/virtual_numbers")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
  });

  it("times out under fake timers that leave performance.now() alone", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      const honoursSignal = (_request: Request, init?: RequestInit) => untilAborted(init);
      let outcome = "pending";
      void untypedClient({ baseUrl: "http://127.0.0.1:9", timeoutMs: 1_000, maxRetries: 0, fetch: honoursSignal })
        .GET("/virtual_numbers")
        .then(
          () => (outcome = "answered"),
          (error: unknown) => (outcome = (error as Error).name),
        );
      await vi.advanceTimersByTimeAsync(1_500);
      expect(outcome).toBe("TimeoutError");
    } finally {
      vi.useRealTimers();
    }
  });

  it("times out through a custom fetch that reads the signal only later, and then ignores it", async () => {
    const readsLateIgnores = async (_request: Request, init?: RequestInit) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      void init?.signal;
      return new Promise<Response>(() => {}); // never answers, never aborts
    };
    const error = await untypedClient({ baseUrl: "http://127.0.0.1:9", timeoutMs: 50, maxRetries: 0, fetch: readsLateIgnores })
      .GET("/virtual_numbers")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
  });

  it("counts the body: a response that stalls half-way times out too", async () => {
    const server = await serve(stallBody());
    const error = await untypedClient({ baseUrl: server.url, timeoutMs: 80, maxRetries: 0 })
      .GET("/virtual_numbers")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
  });

  it("applies per attempt: a timed-out GET is retried and can then succeed", async () => {
    const server = await serve(inTurn(silent(), status(200, { data: [] })));
    const events: RequestEvent[] = [];
    // Long enough for the answering attempt on a busy machine (50 ms was not, under load), and it is also how
    // long the silent attempt waits.
    const { data } = await untypedClient({ baseUrl: server.url, timeoutMs: 2_000, observe: (e) => events.push(e) }).GET(
      "/virtual_numbers",
    );
    expect(data).toEqual({ data: [] });
    expect(events.find((e) => e.type === "retry")).toMatchObject({ reason: "TimeoutError" });
  }, 15_000);

  it("keeps each of a client's concurrent calls to its own timeoutMs", async () => {
    // /virtual_numbers never answers; /operators answers after 150 ms.
    const server = await serve((req, res) => {
      if (req.url?.startsWith("/operators")) setTimeout(() => status(200, { data: [] })(req, res), 150);
    });
    const client = untypedClient({ baseUrl: server.url, timeoutMs: 60_000, maxRetries: 0 });
    const ended: string[] = [];
    const noted = (name: string, call: Promise<unknown>) =>
      call.then(
        () => ended.push(`${name} answered`),
        (error: unknown) => ended.push(`${name} ${(error as Error).name}`),
      );
    await Promise.all([
      noted("80 ms", client.GET("/virtual_numbers", { timeoutMs: 80 })),
      noted("10 s", client.GET("/operators", { timeoutMs: 10_000 })),
      noted("40 ms", client.GET("/virtual_numbers", { timeoutMs: 40 })),
    ]);
    expect(ended).toEqual(["40 ms TimeoutError", "80 ms TimeoutError", "10 s answered"]);
  });

  it("takes a per-request timeoutMs over the client's", async () => {
    const server = await serve(silent());
    const client = untypedClient({ baseUrl: server.url, timeoutMs: 60_000, maxRetries: 0 });
    await expect(client.GET("/virtual_numbers", { timeoutMs: 30 })).rejects.toBeInstanceOf(TimeoutError);
  });
});

describe("the caller's AbortSignal", () => {
  it("rejects with the caller's AbortError, not a TimeoutError, and does not retry", async () => {
    const controller = new AbortController();
    // Abort only once the request has reached the server, so the test never races the connection.
    const server = await serve(() => controller.abort());
    const error = await untypedClient({ baseUrl: server.url, timeoutMs: 10_000 })
      .GET("/virtual_numbers", { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "AbortError" });
    expect(error).not.toBeInstanceOf(IdentityCallError);
    expect(server.requests).toHaveLength(1);
  });

  it("passes on the caller's own abort reason", async () => {
    const server = await serve(silent());
    const controller = new AbortController();
    const reason = new Error("user navigated away");
    setTimeout(() => controller.abort(reason), 30);
    await expect(
      untypedClient({ baseUrl: server.url }).GET("/virtual_numbers", { signal: controller.signal }),
    ).rejects.toBe(reason);
  });

  it("sends nothing when the signal is already aborted", async () => {
    const server = await serve(status(200, { data: [] }));
    const error = await untypedClient({ baseUrl: server.url })
      .GET("/virtual_numbers", { signal: AbortSignal.abort() })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "AbortError" });
    expect(server.requests).toHaveLength(0);
  });

  it("can abort a stalled body", async () => {
    const server = await serve(stallBody());
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    await expect(
      untypedClient({ baseUrl: server.url, timeoutMs: 10_000 }).GET("/virtual_numbers", { signal: controller.signal }),
    ).rejects.toMatchObject({ name: "AbortError" });
  });
});
