import { createIdentityCallClient } from "@identitycall/client";

// Reads the key from the IDENTITYCALL_API_KEY environment variable.
const client = createIdentityCallClient();

const { error, response } = await client.DELETE("/projects/{id}", {
  params: { path: { id: 42 } },
});
if (error) {
  console.error(`HTTP ${response.status}`, error);
  process.exitCode = 1;
} else {
  console.log(`Delete a project: HTTP ${response.status}`);
}
