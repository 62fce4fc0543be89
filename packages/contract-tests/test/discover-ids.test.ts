// Id discovery lists a collection once and serves every later caller from that listing (the reads and the writes
// share it), but a listing that failed is asked again rather than handed on as "nothing there".
import { describe, expect, it } from "vitest";
import type { ClientResult, LooseClient } from "../src/client/loose-client.js";
import { createIdDiscovery } from "../src/pipeline/discover-ids.js";
import { readSuiteSpec } from "../src/spec/suite-spec.js";

const spec = readSuiteSpec();
const anyValueFits = () => true;

/** A client whose GETs answer in turn from `answers`, counting the calls. */
function scriptedClient(answers: (() => Promise<ClientResult>)[]): LooseClient & { calls: number } {
  const client = {
    calls: 0,
    request: () => {
      const answer = answers[client.calls++];
      if (!answer) throw new Error("no answer left");
      return answer();
    },
  };
  return client;
}

const page = (items: unknown[]) => async (): Promise<ClientResult> => ({ data: { data: items }, response: new Response(null, { status: 200 }) });
const tooManyRequests = async (): Promise<ClientResult> => ({ error: { error: "slow down" }, response: new Response(null, { status: 429 }) });
const noAnswer = async (): Promise<ClientResult> => {
  throw new TypeError("fetch failed");
};

describe("id discovery", () => {
  it("lists a collection once for every caller", async () => {
    const client = scriptedClient([page([{ id: 42 }])]);
    const { firstId } = createIdDiscovery(client, spec.operations, anyValueFits);
    expect(await Promise.all([firstId("/projects"), firstId("/projects")])).toEqual([42, 42]);
    expect(await firstId("/projects")).toBe(42);
    expect(client.calls).toBe(1);
  });

  it("asks again after an error status or no answer, instead of keeping the failure", async () => {
    const client = scriptedClient([tooManyRequests, noAnswer, page([{ id: 7 }])]);
    const { firstId } = createIdDiscovery(client, spec.operations, anyValueFits);
    expect(await firstId("/projects")).toBeUndefined();
    await expect(firstId("/projects")).rejects.toThrow("fetch failed");
    expect(await firstId("/projects")).toBe(7);
    expect(await firstId("/projects")).toBe(7);
    expect(client.calls).toBe(3);
  });
});
