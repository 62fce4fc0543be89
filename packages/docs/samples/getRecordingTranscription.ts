import { createIdentityCallClient } from "@identitycall/client";

// Reads the key from the IDENTITYCALL_API_KEY environment variable.
const client = createIdentityCallClient();

const { data, error, response } = await client.GET("/recordings/{id}/transcription", {
  params: { path: { id: "018f3a2b-7c4d-7e5f-9a6b-1c2d3e4f5a6b" } },
});
if (error) {
  console.error(`HTTP ${response.status}`, error);
  process.exitCode = 1;
} else {
  console.log(data.data);
}
