import { createIdentityCallClient } from "@identitycall/client";

// Reads the key from the IDENTITYCALL_API_KEY environment variable.
const client = createIdentityCallClient();

const { data, error, response } = await client.GET("/virtual_numbers");
if (error) {
  console.error(`HTTP ${response.status}`, error);
  process.exitCode = 1;
} else {
  console.log(data.data);
}
