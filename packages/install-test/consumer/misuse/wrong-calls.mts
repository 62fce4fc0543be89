// Mistakes the published types must catch at compile time; the install test expects exactly these three
// errors (compiled with the consumers in one tsc run, which is why that run exits non-zero).
import { createIdentityCallClient } from "@identitycall/client";

const client = createIdentityCallClient({ apiKey: "idc_0123456789abcdefghijklmnopqrstuv" });

// A path the API does not have.
await client.GET("/virtual_number");

// A field a virtual number does not have.
const { data } = await client.GET("/virtual_numbers");
console.log(data?.data[0]?.phone);

// An option the client does not take.
createIdentityCallClient({ apiKey: "idc_0123456789abcdefghijklmnopqrstuv", retries: 3 });
