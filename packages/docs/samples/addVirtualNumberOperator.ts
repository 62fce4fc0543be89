import { createIdentityCallClient } from "@identitycall/client";

// Reads the key from the IDENTITYCALL_API_KEY environment variable.
const client = createIdentityCallClient();

const { data, error, response } = await client.POST("/virtual_numbers/{id}/add_operator", {
  params: { path: { id: 7 } },
  body: {
    operator_id: 22,
  },
});
if (error) {
  console.error(`HTTP ${response.status}`, error);
  process.exitCode = 1;
} else {
  console.log(data.data);
}
