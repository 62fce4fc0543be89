// The same client from a CommonJS module: `import` here compiles to `require("@identitycall/client")`,
// which must resolve to the package's CommonJS build and its .d.cts types.
import { createIdentityCallClient, IdentityCallConfigError, type VirtualNumberSummary } from "@identitycall/client";

async function main(baseUrl: string): Promise<void> {
  const client = createIdentityCallClient({ apiKey: "idc_0123456789abcdefghijklmnopqrstuv", baseUrl });
  const { data, error, response } = await client.GET("/virtual_numbers");
  if (!data) throw new Error(`GET /virtual_numbers failed: ${response.status} ${JSON.stringify(error)}`);
  const numbers: VirtualNumberSummary[] = data.data;
  const unauthorized = await client.GET("/virtual_numbers", { headers: { Authorization: null } });
  console.log(
    JSON.stringify({
      format: typeof require === "function" && typeof module === "object" ? "cjs" : "esm",
      status: response.status,
      phoneNumbers: numbers.map((number) => number.phone_number),
      unauthorizedStatus: unauthorized.response.status,
      unauthorizedError: unauthorized.error,
      configErrorIsClass: typeof IdentityCallConfigError === "function",
    }),
  );
}

const baseUrl = process.argv[2];
if (!baseUrl) throw new Error("usage: node cjs-consumer.cjs <mock base URL>");
main(baseUrl).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
