// A user's ES module: typed calls to the API through @identitycall/client, and a mock started in-process
// with @identitycall/mock. Prints what it saw as JSON for the install test to check.
import {
  createIdentityCallClient,
  IdentityCallConfigError,
  IdentityCallError,
  PermissionError,
  type VirtualNumberSummary,
} from "@identitycall/client";
import { startMockServer } from "@identitycall/mock";

const baseUrl = process.argv[2];
if (!baseUrl) throw new Error("usage: node esm-consumer.mjs <mock base URL>");
const apiKey = "idc_0123456789abcdefghijklmnopqrstuv";

const client = createIdentityCallClient({ apiKey, baseUrl });
const { data, error, response } = await client.GET("/virtual_numbers");
if (!data) throw new Error(`GET /virtual_numbers failed: ${response.status} ${JSON.stringify(error)}`);
const numbers: VirtualNumberSummary[] = data.data;

const throwing = createIdentityCallClient({ apiKey, baseUrl, throwOnError: true });
let thrown: { name: string; status: number | undefined; isIdentityCallError: boolean; isPermissionError: boolean } | undefined;
try {
  await throwing.GET("/virtual_numbers", { headers: { Prefer: "code=403" } });
} catch (caught) {
  if (caught instanceof IdentityCallError) {
    thrown = { name: caught.name, status: caught.status, isIdentityCallError: true, isPermissionError: caught instanceof PermissionError };
  }
}

let configError = "";
const savedKey = process.env["IDENTITYCALL_API_KEY"];
delete process.env["IDENTITYCALL_API_KEY"];
try {
  createIdentityCallClient({ baseUrl });
} catch (caught) {
  configError = caught instanceof IdentityCallConfigError ? caught.name : `not a config error: ${String(caught)}`;
}
if (savedKey !== undefined) process.env["IDENTITYCALL_API_KEY"] = savedKey;

const inProcess = await startMockServer({ port: 0 });
const fromInProcess = await createIdentityCallClient({ apiKey, baseUrl: inProcess.url }).GET("/virtual_numbers");
await inProcess.close();

console.log(
  JSON.stringify({
    format: typeof require === "undefined" ? "esm" : "cjs",
    status: response.status,
    phoneNumbers: numbers.map((number) => number.phone_number),
    thrown,
    configError,
    inProcessStatus: fromInProcess.response.status,
    inProcessCount: fromInProcess.data?.data.length,
  }),
);
