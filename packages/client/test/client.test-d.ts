import { describe, expectTypeOf, it } from "vitest";
import {
  allRecordings,
  createIdentityCallClient,
  recordingPages,
  uploadRecording,
  type IdentityCallClient,
  type IdentityCallThrowingClient,
  type RecordingListItem,
  type RecordingList,
  type ValidationError,
  type RateLimitError,
  type paths,
} from "../src/index.js";

type VirtualNumbers = paths["/virtual_numbers"]["get"]["responses"][200]["content"]["application/json"];

const client = createIdentityCallClient({ apiKey: "idc_x" });
const throwing = createIdentityCallClient({ apiKey: "idc_x", throwOnError: true });

describe("the two styles", () => {
  it("picks the client type from throwOnError", () => {
    expectTypeOf(client).toEqualTypeOf<IdentityCallClient>();
    expectTypeOf(throwing).toEqualTypeOf<IdentityCallThrowingClient>();
  });

  it("leaves data possibly undefined in the { data, error } style", async () => {
    const { data } = await client.GET("/virtual_numbers");
    expectTypeOf(data).toEqualTypeOf<VirtualNumbers | undefined>();
  });

  it("narrows data to the success body, without undefined, in the throwing style", async () => {
    const result = await throwing.GET("/virtual_numbers");
    expectTypeOf(result.data).toEqualTypeOf<VirtualNumbers>();
    expectTypeOf(result).not.toHaveProperty("error");
    const { data } = await throwing.GET("/virtual_numbers/{id}", { params: { path: { id: 1 } } });
    expectTypeOf(data.data.routing_strategy).toEqualTypeOf<"priority" | "round_robin" | "simultaneous" | null>();
  });
});

describe("wrong requests do not compile", () => {
  it("rejects unknown paths and methods a path does not have", () => {
    // @ts-expect-error no such path
    void client.GET("/virtual_number");
    // @ts-expect-error GET /virtual_numbers/purchase does not exist (it is POST)
    void client.GET("/virtual_numbers/purchase");
  });

  it("rejects missing or mistyped path parameters", () => {
    // @ts-expect-error the id is required
    void client.GET("/virtual_numbers/{id}");
    // @ts-expect-error the id is an integer
    void client.GET("/virtual_numbers/{id}", { params: { path: { id: "seven" } } });
  });

  it("rejects mistyped query parameters", () => {
    // @ts-expect-error page is an integer
    void client.GET("/recordings", { params: { query: { page: "two" } } });
    // @ts-expect-error status is one of the processing states
    void client.GET("/recordings", { params: { query: { status: "done" } } });
  });

  it("rejects bodies that break the schema", () => {
    // @ts-expect-error routing_strategy is an enum
    void client.PATCH("/virtual_numbers/{id}", { params: { path: { id: 1 } }, body: { routing_strategy: "random" } });
    // @ts-expect-error phone_number is required to purchase
    void client.POST("/virtual_numbers/purchase", { body: { name: "Front desk" } });
  });

  it("types the per-request policies", () => {
    void client.GET("/virtual_numbers", { timeoutMs: 5_000, maxRetries: 0, signal: AbortSignal.timeout(1) });
    // @ts-expect-error timeoutMs is a number
    void client.GET("/virtual_numbers", { timeoutMs: "5s" });
  });

  it("offers middleware through client.use, not per call", () => {
    client.use({ onRequest: ({ request }) => request });
    // @ts-expect-error a middleware is registered with client.use
    void client.GET("/virtual_numbers", { middleware: [{ onRequest: ({ request }) => request }] });
    // @ts-expect-error a fetch is given to the client, where the policies apply
    void client.GET("/virtual_numbers", { fetch: (request: Request) => fetch(request) });
    // @ts-expect-error every answer is JSON, parsed once
    void client.GET("/virtual_numbers", { parseAs: "text" });
  });
});

describe("helpers", () => {
  it("yields typed recordings and pages", async () => {
    for await (const recording of allRecordings(client, { status: "completed" })) {
      expectTypeOf(recording).toEqualTypeOf<RecordingListItem>();
    }
    for await (const page of recordingPages(throwing)) expectTypeOf(page).toEqualTypeOf<RecordingList>();
    // @ts-expect-error status is one of the processing states
    void allRecordings(client, { status: "done" });
    // A filter taken from options that may be unset compiles under exactOptionalPropertyTypes.
    const perPage = Number(process.env["PER_PAGE"]) || undefined;
    expectTypeOf(allRecordings).toBeCallableWith(client, { per_page: perPage, status: undefined });
  });

  it("types the upload form from the spec", async () => {
    const { data } = await uploadRecording(throwing, { file: new Blob([]), project_id: 3, language: "de", external_id: "x" });
    expectTypeOf(data.data.status).toEqualTypeOf<"pending" | "processing" | "completed" | "failed">();
    const loose = await uploadRecording(client, { file: new Uint8Array(4) });
    expectTypeOf(loose.data).toBeNullable();
    // @ts-expect-error external_id is a string
    void uploadRecording(client, { file: new Blob([]), external_id: 42 });
    // @ts-expect-error no such form field
    void uploadRecording(client, { file: new Blob([]), projectId: 3 });
    // @ts-expect-error file is required
    void uploadRecording(client, { project_id: 3 });
  });

  it("gives error classes their own fields", () => {
    expectTypeOf<ValidationError["errors"]>().toEqualTypeOf<string[]>();
    expectTypeOf<RateLimitError["retryAfterMs"]>().toEqualTypeOf<number | undefined>();
  });
});

// This package type-checks with exactOptionalPropertyTypes on, as strict users do: options read from the
// environment (string | undefined) and a fetch that passes init on must compile.
describe("options as a strict project writes them", () => {
  it("takes possibly undefined values and a two-argument fetch", () => {
    const options = {
      apiKey: process.env["IDENTITYCALL_API_KEY"],
      baseUrl: process.env["IDENTITYCALL_BASE_URL"],
      timeoutMs: undefined,
      fetch: (request: Request, init?: RequestInit) => fetch(request, init),
    };
    expectTypeOf(createIdentityCallClient(options)).toEqualTypeOf<IdentityCallClient>();
    expectTypeOf(uploadRecording).toBeCallableWith(client, { file: new Blob(), name: undefined, external_id: process.env["X"] });
  });
});
