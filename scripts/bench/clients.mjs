// The four ways to make the same GET that the benchmarks compare. Each `make(baseUrl, fetchImpl?)` returns a
// function that sends one request and resolves with the parsed body, failing on anything but a 200.
import axios from "axios";
import createClient from "openapi-fetch";
import { createIdentityCallClient } from "@identitycall/client";
import { readFileSync } from "node:fs";
import { API_KEY, PATH } from "./fixtures.mjs";

// The same request from every client: what @identitycall/client sends (its key and the two headers naming it), so
// that the other clients are not measured sending fewer bytes.
const { version } = JSON.parse(readFileSync(new URL("../../packages/client/package.json", import.meta.url), "utf8"));
const CLIENT_ID = `@identitycall/client/${version}`;
const headers = { Authorization: `Bearer ${API_KEY}`, "X-IdentityCall-Client": CLIENT_ID, "User-Agent": CLIENT_ID };

function expectOk(status, name) {
  if (status !== 200) throw new Error(`${name}: expected 200, got ${status}`);
}

export const CLIENTS = {
  "bare fetch": (baseUrl, fetchImpl = fetch) => async () => {
    const response = await fetchImpl(`${baseUrl}${PATH}`, { headers });
    expectOk(response.status, "bare fetch");
    return response.json();
  },
  "openapi-fetch": (baseUrl, fetchImpl) => {
    const client = createClient({ baseUrl, headers, ...(fetchImpl ? { fetch: fetchImpl } : {}) });
    return async () => {
      const { data, response } = await client.GET(PATH);
      expectOk(response.status, "openapi-fetch");
      return data;
    };
  },
  "@identitycall/client": (baseUrl, fetchImpl) => {
    const client = createIdentityCallClient({ apiKey: API_KEY, baseUrl, ...(fetchImpl ? { fetch: fetchImpl } : {}) });
    return async () => {
      const { data, response } = await client.GET(PATH);
      expectOk(response.status, "@identitycall/client");
      return data;
    };
  },
  axios: (baseUrl) => {
    const client = axios.create({ baseURL: baseUrl, headers });
    return async () => {
      const response = await client.get(PATH);
      expectOk(response.status, "axios");
      return response.data;
    };
  },
};
